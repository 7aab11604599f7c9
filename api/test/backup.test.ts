import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { backupSqlite } from '../src/backup/sqlite-backup.js';
import { filesPathOf, itemInProgress, pdfFile } from './evidence-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * `npm run backup` on a running board: always on SQLite (the PostgreSQL path is backed up with
 * pg_dump), so this suite runs its own SQLite app whatever TEST_DATABASE_URL says.
 */
const folder = mkdtempSync(join(tmpdir(), 'rectify-backup-test-'));
const databasePath = join(folder, 'live.sqlite');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ database: { type: 'sqlite', path: databasePath } });
});
afterAll(async () => {
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('backup of a running board', () => {
  it('copies every item, every history event and every 佐证材料 file, readable on its own', async () => {
    const item = await itemInProgress(t);
    const upload = await t.as.policyStaff.post(`/api/items/${item.id}/evidence`).attach('file', pdfFile(), '整改完成情况报告.pdf').expect(201);
    const evidence = upload.body.evidence as { id: string; sha256: string };
    // The latest write is still in the WAL when the backup runs: a file copy could miss it.
    await t.leader.patch(`/api/items/${item.id}`).send({ remarks: '备份前最后一次修改', version: item.version }).expect(200);

    const result = await backupSqlite({ databasePath, filesPath: filesPathOf(t) }, join(folder, 'backups'), new Date('2026-11-27T05:10:00Z'));
    expect(result.folder).toMatch(/整改看板备份-20261127-\d{6}$/);

    const copy = new Database(result.databaseFile, { readonly: true });
    try {
      const live = t.dataSource;
      expect(copy.prepare('SELECT remarks FROM items WHERE id = ?').pluck().get(item.id)).toBe('备份前最后一次修改');
      expect(result.items).toBe(await live.query('SELECT COUNT(*) AS n FROM items').then((r: Array<{ n: number }>) => r[0].n));
      expect(result.historyEvents).toBe(await live.query('SELECT COUNT(*) AS n FROM item_events').then((r: Array<{ n: number }>) => r[0].n));
    } finally {
      copy.close();
    }
    expect(result.evidenceFiles).toBe(1);
    expect(sha256(readFileSync(join(result.folder, 'files', 'evidence', evidence.id)))).toBe(evidence.sha256);

    // The board goes on working after the backup.
    await t.leader.get(`/api/items/${item.id}`).expect(200);
  });

  it('refuses to overwrite an earlier backup of the same second, and says so in Chinese', async () => {
    const at = new Date('2026-11-27T06:00:00Z');
    await backupSqlite({ databasePath, filesPath: filesPathOf(t) }, join(folder, 'again'), at);
    await expect(backupSqlite({ databasePath, filesPath: filesPathOf(t) }, join(folder, 'again'), at)).rejects.toThrow(/备份目录已存在/);
  });
});
