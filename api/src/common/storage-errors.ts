/**
 * Which storage trouble an error from SQLite, PostgreSQL or the file system means. One table for the
 * whole API: the write queue, the uploads, the health check and the error filter all classify here.
 */
export type StorageProblem = 'disk_full' | 'read_only' | 'io_error';

export const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  disk_full: '磁盘空间不足，本次修改未能保存（数据未作任何更改）。请联系系统管理员清理服务器磁盘后重试',
  read_only: '数据目录不可写，本次修改未能保存（数据未作任何更改）。请联系系统管理员检查数据目录的权限或磁盘后重试',
  io_error: '磁盘读写出错，本次修改未能保存（数据未作任何更改）。请联系系统管理员检查服务器磁盘后重试',
};

/** What the administrator reads on /api/health and the backup page. */
export const STORAGE_SHORT: Record<StorageProblem, string> = {
  disk_full: '磁盘空间不足',
  read_only: '数据目录不可写',
  io_error: '磁盘读写出错',
};

const BY_CODE: Array<[RegExp, StorageProblem]> = [
  // SQLite (better-sqlite3 error codes, extended codes included)
  [/^SQLITE_FULL/, 'disk_full'],
  [/^SQLITE_(READONLY|CANTOPEN|PERM)/, 'read_only'],
  [/^SQLITE_IOERR/, 'io_error'],
  // PostgreSQL SQLSTATE: disk_full, out of memory/resources; read_only_sql_transaction
  [/^(53100|53000)$/, 'disk_full'],
  [/^25006$/, 'read_only'],
  // The file system (uploads, backups)
  [/^(ENOSPC|EDQUOT|EFBIG)$/, 'disk_full'],
  [/^(EROFS|EACCES|EPERM)$/, 'read_only'],
  [/^EIO$/, 'io_error'],
];

/** The storage problem an error names by its code (TypeORM copies the driver's code onto QueryFailedError), or null. */
export function storageProblemOf(error: unknown): StorageProblem | null {
  const codes = [codeOf(error), codeOf((error as { driverError?: unknown } | null)?.driverError)];
  for (const code of codes) {
    if (!code) continue;
    const found = BY_CODE.find(([pattern]) => pattern.test(code));
    if (found) return found[1];
  }
  return null;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
