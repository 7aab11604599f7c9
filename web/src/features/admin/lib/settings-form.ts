/** The 系统设置 form's values ⇄ API body; the rules are updateSettingsSchema's. */
import { updateSettingsSchema, type Settings, type UpdateSettingsRequest } from '@rectify/shared';
import { fieldErrorsFromIssues } from '../../../lib/form-errors';
import type { Validation } from './user-form';

export interface SettingsFormValues {
  /** InputNumber reports null when emptied. */
  warningYellowWithinDays?: number | null;
  signoffTwoLevel?: boolean;
}

export function validateSettings(values: SettingsFormValues): Validation<UpdateSettingsRequest> {
  // The schema is a patch (every field optional); on this form the field must be filled.
  if (values.warningYellowWithinDays === undefined || values.warningYellowWithinDays === null) {
    return { ok: false, fieldErrors: [{ name: ['warningYellowWithinDays'], errors: ['请填写黄灯提前天数'] }] };
  }
  const parsed = updateSettingsSchema.safeParse({
    warningYellowWithinDays: values.warningYellowWithinDays,
    ...(values.signoffTwoLevel === undefined ? {} : { signoffTwoLevel: values.signoffTwoLevel }),
  });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
}

/** Only what changed is sent. */
export function changedSettings(current: Settings, body: UpdateSettingsRequest): UpdateSettingsRequest {
  return Object.fromEntries(Object.entries(body).filter(([key, value]) => current[key as keyof Settings] !== value));
}
