import { describe, expect, it } from '@jest/globals';
import { DEFAULT_BACKUP_SETTINGS } from '@rectify/shared';
import { formatBytes, validateBackupSettings } from '../src/features/admin/lib/backup-form';

const current = { warningYellowWithinDays: 7, signoffTwoLevel: false, ...DEFAULT_BACKUP_SETTINGS };

describe('the 数据备份 settings form', () => {
  it('sends only what changed', () => {
    expect(validateBackupSettings(current, { backupEnabled: true, backupTime: ' 03:00 ', backupKeep: 14 })).toEqual({
      ok: true,
      body: { backupTime: '03:00' },
    });
    expect(validateBackupSettings(current, { ...DEFAULT_BACKUP_SETTINGS })).toEqual({ ok: true, body: {} });
  });

  it('says what is wrong with each field, in the shared schema’s words', () => {
    expect(validateBackupSettings(current, { backupEnabled: true, backupTime: '3点', backupKeep: 0 })).toEqual({
      ok: false,
      fieldErrors: [
        { name: ['backupTime'], errors: ['备份时间应为“时:分”，如 02:30'] },
        { name: ['backupKeep'], errors: ['至少保留1份备份'] },
      ],
    });
    expect(validateBackupSettings(current, { backupEnabled: true, backupTime: '02:30', backupKeep: null })).toEqual({
      ok: false,
      fieldErrors: [{ name: ['backupKeep'], errors: ['请填写保留份数'] }],
    });
  });

  it('shows sizes as a clerk reads them', () => {
    expect([formatBytes(512), formatBytes(221184), formatBytes(35 * 1024 * 1024), formatBytes(null)]).toEqual(['512 B', '216 KB', '35.0 MB', '—']);
  });
});
