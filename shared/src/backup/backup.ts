/**
 * 自动备份 (SQLite): when the daily backup runs, which old backups retention removes, and what the
 * 系统管理 → 数据备份 page shows. Pure rules; the API runs the backup (api/src/backup).
 */

/** Each backup is one folder `整改看板备份-YYYYMMDD-HHmmss` (the time the backup started, server time). */
export const BACKUP_FOLDER_PATTERN = /^整改看板备份-\d{8}-\d{6}$/;
export const BACKUP_KEEP_RANGE = { min: 1, max: 365 } as const;
export const DEFAULT_BACKUP_SETTINGS = { backupEnabled: true, backupTime: '02:30', backupKeep: 14 } as const;
/** 北京时间 has no daylight saving: a fixed eight hours ahead of UTC. */
const OFFICE_OFFSET_MS = 8 * 3600_000;

/** The first moment strictly after `after` at which the clock in 北京时间 reads `time` ("HH:mm"). */
export function nextBackupAt(after: Date, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const office = new Date(after.getTime() + OFFICE_OFFSET_MS);
  let candidate = Date.UTC(office.getUTCFullYear(), office.getUTCMonth(), office.getUTCDate(), hours, minutes) - OFFICE_OFFSET_MS;
  if (candidate <= after.getTime()) candidate += 24 * 3600_000;
  return new Date(candidate);
}

/** Backups beyond the newest `keep` (by the time in their name), oldest last; folders of any other name are never touched. */
export function backupsToRemove(folderNames: readonly string[], keep: number): string[] {
  const backups = folderNames
    .filter((name) => BACKUP_FOLDER_PATTERN.test(name))
    .sort()
    .reverse();
  return backups.slice(Math.max(0, keep));
}

export type BackupTrigger = 'scheduled' | 'manual';
export const BACKUP_TRIGGER_LABELS: Record<BackupTrigger, string> = { scheduled: '每日自动', manual: '手动“立即备份”' };

/** One backup run, as recorded and listed. */
export interface BackupRunView {
  id: string;
  trigger: BackupTrigger;
  startedAt: string;
  finishedAt: string;
  ok: boolean;
  /** The backup's folder (also when it failed half way: it was removed). */
  folder: string | null;
  /** Bytes on disk: the database copy and the 佐证材料 files. */
  sizeBytes: number | null;
  items: number | null;
  historyEvents: number | null;
  evidenceFiles: number | null;
  /** Older backups removed by retention after this one succeeded. */
  removed: number;
  /** What happened, in Chinese (the reason when it failed). */
  message: string;
}

export interface BackupStatus {
  /** Automatic backup is for SQLite; on PostgreSQL the page explains pg_dump instead. */
  supported: boolean;
  database: 'sqlite' | 'postgres';
  /** Where backups go (BACKUP_PATH, set by the server's operator). */
  folder: string | null;
  enabled: boolean;
  time: string;
  keep: number;
  /** The next scheduled run; null when automatic backup is off, unsupported, or background jobs are off. */
  nextRunAt: string | null;
  running: boolean;
  last: BackupRunView | null;
  recent: BackupRunView[];
}
