import { describe, expect, it } from '@jest/globals';
import { backupsToRemove, nextBackupAt } from '../src/backup/backup.js';
import { updateSettingsSchema } from '../src/schemas/dictionary-schemas.js';

describe('the daily backup time (北京时间)', () => {
  it('is later today when the time has not come yet, tomorrow when it has', () => {
    // 2026-11-30 01:00 北京时间 = 2026-11-29 17:00 UTC
    expect(nextBackupAt(new Date('2026-11-29T17:00:00Z'), '02:30').toISOString()).toBe('2026-11-29T18:30:00.000Z');
    // 2026-11-30 02:30 exactly: the next one is tomorrow's
    expect(nextBackupAt(new Date('2026-11-29T18:30:00Z'), '02:30').toISOString()).toBe('2026-11-30T18:30:00.000Z');
    // 23:50 北京时间 crosses the UTC date line
    expect(nextBackupAt(new Date('2026-11-30T12:00:00Z'), '23:50').toISOString()).toBe('2026-11-30T15:50:00.000Z');
  });
});

describe('retention', () => {
  it('removes the oldest backups beyond the number kept, and never a folder of another name', () => {
    const names = ['整改看板备份-20261128-023000', 'notes', '整改看板备份-20261130-023000', '整改看板备份-20261129-023000', '整改看板备份-x'];
    expect(backupsToRemove(names, 2)).toEqual(['整改看板备份-20261128-023000']);
    expect(backupsToRemove(names, 3)).toEqual([]);
    expect(backupsToRemove(names, 1)).toEqual(['整改看板备份-20261129-023000', '整改看板备份-20261128-023000']);
  });

  it('checks the settings in Chinese', () => {
    const problems = (body: object) => (updateSettingsSchema.safeParse(body).error?.issues ?? []).map((i) => i.message);
    expect(problems({ backupTime: '2:30' })).toEqual(['备份时间应为“时:分”，如 02:30']);
    expect(problems({ backupTime: '24:00' })).toEqual(['备份时间应为“时:分”，如 02:30']);
    expect(problems({ backupKeep: 0 })).toEqual(['至少保留1份备份']);
    expect(problems({ backupKeep: 1.5 })).toEqual(['保留份数应为整数']);
    expect(problems({ backupEnabled: false, backupTime: '03:00', backupKeep: 30 })).toEqual([]);
  });
});
