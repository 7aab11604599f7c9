/**
 * A consistent copy of a running office's data: the SQLite database through SQLite's online backup
 * (a plain file copy of a database in WAL mode can miss or tear the latest writes) and the 佐证材料
 * files. Files are written once and never changed, and each is in place before its row commits, so
 * copying them after the database snapshot gives every row of the copy its file.
 */
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { format } from 'date-fns';

export interface BackupSource {
  databasePath: string;
  filesPath: string;
}

export interface BackupResult {
  folder: string;
  databaseFile: string;
  items: number;
  historyEvents: number;
  evidenceFiles: number;
}

/** `整改看板备份-YYYYMMDD-HHmmss` (server time); retention (shared BACKUP_FOLDER_PATTERN) recognises exactly these. */
export function backupFolderName(now: Date): string {
  return `整改看板备份-${format(now, 'yyyyMMdd-HHmmss')}`;
}

export async function backupSqlite(source: BackupSource, targetRoot: string, now = new Date()): Promise<BackupResult> {
  const folder = join(targetRoot, backupFolderName(now));
  await mkdir(targetRoot, { recursive: true });
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EEXIST' ? `备份目录已存在：${folder}` : `无法创建备份目录 ${folder}：${error.message}`);
  });

  try {
    return await copyInto(folder, source);
  } catch (error) {
    // A backup that failed half way is no backup: nothing is left that could be mistaken for one.
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

async function copyInto(folder: string, source: BackupSource): Promise<BackupResult> {
  const databaseFile = join(folder, 'rectify.sqlite');
  const live = new Database(source.databasePath, { readonly: true, fileMustExist: true });
  try {
    await live.backup(databaseFile);
  } finally {
    live.close();
  }

  const evidenceFolder = join(source.filesPath, 'evidence');
  if (await exists(evidenceFolder)) await cp(evidenceFolder, join(folder, 'files', 'evidence'), { recursive: true, errorOnExist: true });

  // Read back from the copy: a backup nobody has opened is not known to be one. The copy leaves WAL
  // mode so that it is one self-contained file.
  const copy = new Database(databaseFile, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`备份文件校验未通过：${String(integrity)}`);
    const count = (table: string) => (copy.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const referenced = copy.prepare('SELECT id FROM evidence_files').pluck().all() as string[];
    const copied = new Set(await readdir(join(folder, 'files', 'evidence')).catch(() => [] as string[]));
    const missing = referenced.filter((id) => !copied.has(id));
    if (missing.length) throw new Error(`备份缺少${missing.length}份佐证材料文件（如 ${missing[0]}），请检查 FILES_PATH`);
    return { folder, databaseFile, items: count('items'), historyEvents: count('item_events'), evidenceFiles: referenced.length };
  } finally {
    copy.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
