import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { TEST_PASSWORD, startTestApp } from './test-app.js';
import { committedDump, openExistingApp, readCommitted, type OpenedApp } from './storage-fixtures.js';

/**
 * 数据目录不可写, as it happens: the database file belongs to another account than the service's
 * (say a backup restored by root) and the board is started. SQLite then opens the file read-only
 * without a word, so pages load while every write fails.
 *
 * Root ignores permission bits, so when the suite runs as root it plays the service's account by
 * switching its effective uid to `nobody` (process.seteuid, undone in `finally`) around the
 * unwritable part; run as an ordinary user, taking the write bit off the file does the same.
 * Neither needs a mount or a file attribute. SQLite only.
 */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const folder = mkdtempSync(join(tmpdir(), 'rectify-read-only-'));
const databasePath = join(folder, 'live.sqlite');
const filesPath = join(folder, 'files');
const NOT_WRITABLE = /数据目录不可写/;

afterAll(() => {
  becomeRoot();
  rmSync(folder, { recursive: true, force: true });
});

function becomeService(): void {
  if (!asRoot) return;
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
}
function becomeRoot(): void {
  if (!asRoot) return;
  process.seteuid!(0);
  process.setegid!(0);
}
/** The data folder belongs to the service; the database file does (`owner`) or does not. */
function databaseFileWritable(writable: boolean): void {
  if (!asRoot) return chmodSync(databasePath, writable ? 0o644 : 0o444);
  becomeRoot();
  try {
    const owned = (path: string) => chownSync(path, NOBODY, NOBODY);
    owned(folder);
    const walk = (dir: string) =>
      readdirSync(dir, { withFileTypes: true }).forEach((e) => (owned(join(dir, e.name)), e.isDirectory() && walk(join(dir, e.name))));
    walk(folder);
    chownSync(databasePath, writable ? NOBODY : 0, writable ? NOBODY : 0);
    chmodSync(databasePath, 0o644);
  } finally {
    becomeService();
  }
}

describe('a database file the service cannot write', () => {
  it('answers 503 数据目录不可写 to every write, says so on /api/health, and writes again once the permission returns, without a restart', async () => {
    const t = await startTestApp({ database: { type: 'sqlite', path: databasePath }, filesPath });
    const item = await t.createItem();
    const token = t.as.leader.token;
    await t.close();
    chmodSync(folder, 0o755);

    let board: OpenedApp | undefined;
    try {
      databaseFileWritable(false);
      becomeService();
      board = await openExistingApp(databasePath, filesPath);
      const leader = board.client(token);

      // Reading still works; the health check says what is wrong.
      await leader.get(`/api/items/${item.id}`).expect(200);
      expect((await board.http.get('/api/health').expect(503)).body).toMatchObject({ status: 'unavailable', writable: false, problem: '数据目录不可写' });

      const before = committedDump(databasePath);
      for (const send of [
        () =>
          leader
            .post('/api/items')
            .send({ title: '只读时登记的问题', description: '数据目录不可写时登记', source: '巡察反馈', batch: '第一批', scope: 'team', category: '组织建设' }),
        () => leader.patch(`/api/items/${item.id}`).send({ remarks: '只读时的修改', version: item.version }),
        () => board!.http.post('/api/auth/login').send({ username: 'leader', password: TEST_PASSWORD }),
      ]) {
        const response = await send();
        expect([response.status, response.body.message]).toEqual([503, expect.stringMatching(NOT_WRITABLE)]);
      }
      expect(committedDump(databasePath)).toEqual(before);

      // The administrator gives the file back to the service: the same process writes again.
      databaseFileWritable(true);
      expect((await board.http.get('/api/health').expect(200)).body).toMatchObject({ status: 'ok', writable: true });
      const patched = await leader.patch(`/api/items/${item.id}`).send({ remarks: '权限恢复后的修改', version: item.version }).expect(200);
      expect(readCommitted(databasePath, (db) => db.prepare('SELECT remarks, version FROM items WHERE id = ?').get(item.id))).toEqual({
        remarks: '权限恢复后的修改',
        version: patched.body.version,
      });
      await board.http.post('/api/auth/login').send({ username: 'leader', password: TEST_PASSWORD }).expect(200);
    } finally {
      await board?.close();
      becomeRoot();
    }
  });
});
