import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemView } from '@rectify/shared';
import type request from 'supertest';
import { WriteQueue } from '../src/database/write-queue.js';
import { committedDump, openExistingApp, readCommitted, sha256 } from './storage-fixtures.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

/**
 * A full disk, made inside the test: SQLite's `PRAGMA max_page_count` caps the database file of the
 * app's connection a few pages above its size, so writes fail with SQLITE_FULL exactly as on a full
 * disk, without mounting anything. Every acknowledged write is then checked from a second connection
 * (what a backup or a restarted board sees) and after a restart. SQLite only, whatever TEST_DATABASE_URL says.
 */
const folder = mkdtempSync(join(tmpdir(), 'rectify-disk-full-'));
const databasePath = join(folder, 'live.sqlite');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ database: { type: 'sqlite', path: databasePath } });
});
afterAll(async () => {
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

const DISK_FULL = /磁盘空间不足/;
const pageCount = async () => ((await t.dataSource.query('PRAGMA page_count')) as Array<{ page_count: number }>)[0].page_count;
const fillDisk = async (spare: number) => t.dataSource.query(`PRAGMA max_page_count = ${(await pageCount()) + spare}`);
const freeDisk = () => t.dataSource.query('PRAGMA max_page_count = 1073741823');

const committedItem = (id: string) =>
  readCommitted(
    databasePath,
    (db) =>
      db.prepare('SELECT status, remarks, version, title FROM items WHERE id = ?').get(id) as
        Pick<ItemView, 'status' | 'remarks' | 'version' | 'title'> | undefined,
  );
const committedSession = (token: string) =>
  readCommitted(databasePath, (db) => db.prepare('SELECT COUNT(*) FROM sessions WHERE tokenHash = ?').pluck().get(sha256(token)));

/** A 2xx, or a 503 naming the full disk that left the committed data as it was. */
async function attempt(send: () => request.Test): Promise<request.Response> {
  const before = committedDump(databasePath);
  const response = await send();
  if (response.status < 300) return response;
  expect([response.status, response.body.message]).toEqual([503, expect.stringMatching(DISK_FULL)]);
  expect(committedDump(databasePath)).toEqual(before);
  return response;
}

describe('a full disk', () => {
  it('never acknowledges a write it did not store, answers 503 磁盘空间不足, and writes again once space returns', async () => {
    const edited = await t.createItem();
    const movable: ItemView[] = [];
    for (let i = 0; i < 3; i++) movable.push(await t.createItem({ title: `待移动事项${i}` }));
    const acknowledged = {
      created: [] as ItemView[],
      remarks: null as string | null,
      version: edited.version,
      moved: new Set<string>(),
      tokens: [] as string[],
    };
    const refused = { create: 0, patch: 0, move: 0, login: 0 };

    await fillDisk(4);
    for (let round = 0; round < 100; round++) {
      const create = await attempt(() => t.leader.post('/api/items').send({ ...sampleOf(round) }));
      if (create.status === 201) acknowledged.created.push(create.body);
      else refused.create++;

      const remarks = `第${round}次修改：${'整改情况说明'.repeat(40)}`;
      const patch = await attempt(() => t.leader.patch(`/api/items/${edited.id}`).send({ remarks, version: acknowledged.version }));
      if (patch.status === 200) [acknowledged.remarks, acknowledged.version] = [remarks, patch.body.version];
      else refused.patch++;

      const next = movable.find((m) => !acknowledged.moved.has(m.id)) ?? movable[0];
      const target = acknowledged.moved.has(next.id) ? 'found' : 'measures';
      const version = committedItem(next.id)?.version ?? 0;
      const move = await attempt(() =>
        t.leader.post(`/api/items/${next.id}/move`).send({
          to: target,
          version,
          changes: target === 'measures' ? { measures: [{ content: '制定整改措施' }], departmentId: t.departments.policy, leader: '李卫东' } : {},
        }),
      );
      if (move.status === 200) {
        if (target === 'measures') acknowledged.moved.add(next.id);
        else acknowledged.moved.delete(next.id);
      } else refused.move++;

      const login = await attempt(() => t.http.post('/api/auth/login').send({ username: 'leader', password: TEST_PASSWORD }));
      if (login.status === 200) acknowledged.tokens.push(login.body.token);
      else refused.login++;

      if ([create, patch, move, login].every((r) => r.status === 503)) break;
    }
    // Every kind of write reached the full disk, and the health check says so.
    expect(Object.values(refused).every((n) => n > 0)).toBe(true);
    expect((await t.http.get('/api/health').expect(503)).body).toMatchObject({ status: 'unavailable', writable: false, problem: '磁盘空间不足' });

    const checkAcknowledged = () => {
      for (const item of acknowledged.created) expect(committedItem(item.id)).toMatchObject({ title: item.title });
      expect(committedItem(edited.id)).toMatchObject({ remarks: acknowledged.remarks, version: acknowledged.version });
      for (const item of movable) expect(committedItem(item.id)?.status).toBe(acknowledged.moved.has(item.id) ? 'measures' : 'found');
      for (const token of acknowledged.tokens) expect(committedSession(token)).toBe(1);
    };
    checkAcknowledged();

    // Space returns: the same process writes again, and it sticks.
    await freeDisk();
    expect((await t.http.get('/api/health').expect(200)).body).toMatchObject({ status: 'ok', writable: true });
    const after = await t.leader.post('/api/items').send(sampleOf(999)).expect(201);
    acknowledged.created.push(after.body);
    const login = await t.http.post('/api/auth/login').send({ username: 'leader', password: TEST_PASSWORD }).expect(200);
    acknowledged.tokens.push(login.body.token);
    const patched = await t.leader.patch(`/api/items/${edited.id}`).send({ remarks: '空间恢复后的修改', version: acknowledged.version }).expect(200);
    [acknowledged.remarks, acknowledged.version] = ['空间恢复后的修改', patched.body.version];
    checkAcknowledged();

    // And a restarted board has all of it.
    const restarted = await openExistingApp(databasePath, join(folder, 'files'));
    try {
      const reader = restarted.client(login.body.token);
      for (const item of acknowledged.created) await reader.get(`/api/items/${item.id}`).expect(200);
      expect((await reader.get(`/api/items/${edited.id}`).expect(200)).body).toMatchObject({ remarks: '空间恢复后的修改', version: acknowledged.version });
    } finally {
      await restarted.close();
    }
  });

  it('rolls back a transaction whose COMMIT failed, so the next acknowledged write is committed', async () => {
    // A deferred foreign key makes COMMIT itself fail and leaves SQLite's transaction open, as a
    // full disk does when the WAL cannot be written at commit time.
    await t.dataSource.query('CREATE TABLE probe_parent (id TEXT PRIMARY KEY)');
    await t.dataSource.query('CREATE TABLE probe_child (parentId TEXT REFERENCES probe_parent(id) DEFERRABLE INITIALLY DEFERRED)');
    await fillDisk(0);
    await t.leader.post('/api/items').send(sampleOf(1000)).expect(503);
    await freeDisk();

    const queue = t.app.get(WriteQueue);
    await expect(queue.run((manager) => manager.query("INSERT INTO probe_child VALUES ('missing')"))).rejects.toThrow(/FOREIGN KEY/);
    expect(readCommitted(databasePath, (db) => db.prepare('SELECT COUNT(*) FROM probe_child').pluck().get())).toBe(0);

    const created = await t.leader.post('/api/items').send(sampleOf(1001)).expect(201);
    expect(committedItem(created.body.id)).toMatchObject({ title: created.body.title });
    const patched = await t.leader.patch(`/api/items/${created.body.id}`).send({ remarks: '提交失败之后的修改', version: created.body.version }).expect(200);
    expect(committedItem(created.body.id)).toMatchObject({ remarks: '提交失败之后的修改', version: patched.body.version });
  });
});

function sampleOf(n: number) {
  return {
    title: `磁盘测试事项${n}`,
    description: `第${n}条：${'部分党支部“三会一课”记录不完整，党课内容与业务结合不紧密。'.repeat(60)}`,
    source: '巡察反馈',
    batch: '市委第三巡察组反馈意见',
    scope: 'team',
    category: '组织建设',
  };
}
