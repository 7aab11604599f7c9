/**
 * `npm run backup [-- --to <目录>]`
 * Backs up the configured SQLite database (DATABASE_PATH) and its 佐证材料 files (FILES_PATH) into a
 * new dated folder under <目录> (default: BACKUP_PATH, else `backups` beside the database), while the board keeps
 * running. Restore: stop the board, put rectify.sqlite back as DATABASE_PATH and files/ as FILES_PATH.
 */
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupSqlite } from '../backup/sqlite-backup.js';
import { loadConfig } from '../config/app-config.js';

const config = loadConfig();
if (config.database.type !== 'sqlite') {
  console.error('当前使用 PostgreSQL（DATABASE_URL）：请用 pg_dump 备份数据库，并另行复制 FILES_PATH 目录中的佐证材料。');
  process.exit(1);
}

const { values } = parseArgs({ options: { to: { type: 'string' } } });
const target = resolve(values.to ?? config.backupPath ?? join(dirname(config.database.path), 'backups'));
try {
  const result = await backupSqlite({ databasePath: config.database.path, filesPath: config.filesPath }, target);
  console.log(`已备份到 ${result.folder}`);
  console.log(`  数据库：${result.items} 条整改事项、${result.historyEvents} 条历史记录（已校验）`);
  console.log(`  佐证材料：${result.evidenceFiles} 份文件`);
} catch (error) {
  console.error(`备份失败：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
