/** The 数据备份 settings form's values ⇄ API body; the rules are updateSettingsSchema's. */
import { updateSettingsSchema, type Settings, type UpdateSettingsRequest } from '@rectify/shared';
import { fieldErrorsFromIssues } from '../../../lib/form-errors';
import { changedSettings } from './settings-form';
import type { Validation } from './user-form';

export interface BackupFormValues {
  backupEnabled?: boolean;
  backupTime?: string;
  /** InputNumber reports null when emptied. */
  backupKeep?: number | null;
}

/** Only what changed is sent, through the same PATCH /api/settings as the other settings. */
export function validateBackupSettings(current: Settings, values: BackupFormValues): Validation<UpdateSettingsRequest> {
  if (values.backupKeep === undefined || values.backupKeep === null) {
    return { ok: false, fieldErrors: [{ name: ['backupKeep'], errors: ['请填写保留份数'] }] };
  }
  const parsed = updateSettingsSchema.safeParse({ backupEnabled: values.backupEnabled, backupTime: values.backupTime?.trim(), backupKeep: values.backupKeep });
  return parsed.success ? { ok: true, body: changedSettings(current, parsed.data) } : { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
}

/** 1.2 MB, 850 KB: sizes as a clerk reads them. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
