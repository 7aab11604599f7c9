/**
 * The migration that moves per-process state into tables fills them from existing data: 编号
 * counters from the codes in use, per-column stays by replaying the history. Replayed, the stays
 * match what was recorded event by event as the history was written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MultiProcess1764340000000 } from '../src/database/migrations/1764340000000-multi-process.js';
import { startTestApp, type TestApp } from './test-app.js';
import { officeYear } from '@rectify/shared/testing';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ready = (departmentId: string) => ({
  measures: [{ content: '整改' }],
  departmentId,
  leader: '李卫东',
  rectifyType: 'time_limited' as const,
  deadline: '2030-01-01',
  owner: '王蕾',
});

describe('migration 1764340000000 (multi-process)', () => {
  it('seeds 编号 counters and per-column stays from what is already there', async () => {
    const a = await t.createItem({ title: '甲', ...ready(t.departments.policy) });
    const b = await t.createItem({ title: '乙', source: '自查自纠', ...ready(t.departments.finance) });
    await t.createItem({ title: '丙' });
    const moved = (await t.leader.post(`/api/items/${a.id}/move`).send({ to: 'in_progress', version: 1 }).expect(200)).body;
    await t.leader.post(`/api/items/${a.id}/move`).send({ to: 'measures', version: moved.version }).expect(200);
    await t.leader.post(`/api/items/${b.id}/move`).send({ to: 'deadline', version: 1 }).expect(200);

    type StayRow = { itemId: string; columnKey: string; totalMs: number; stays: number; enteredAt: string | null };
    const sorted = (rows: StayRow[]) =>
      rows
        .map((r) => ({ ...r, totalMs: Number(r.totalMs), stays: Number(r.stays) }))
        .sort((x, y) => `${x.itemId}${x.columnKey}`.localeCompare(`${y.itemId}${y.columnKey}`));
    const recorded = sorted(await t.dataSource.query('SELECT * FROM item_column_stays'));
    expect(recorded.filter((r) => r.itemId === a.id).map((r) => [r.columnKey, r.stays, r.enteredAt !== null])).toEqual(
      expect.arrayContaining([
        ['found', 1, false],
        ['in_progress', 1, false],
        ['measures', 0, true],
      ]),
    );

    // Back to the state before the migration (tables gone), then forward again: it must rebuild them.
    const runner = t.dataSource.createQueryRunner();
    try {
      await new MultiProcess1764340000000().down(runner);
      await new MultiProcess1764340000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(sorted(await t.dataSource.query('SELECT * FROM item_column_stays'))).toEqual(recorded);
    const counters = await t.dataSource.query('SELECT prefix, "lastSequence" FROM item_code_counters ORDER BY prefix');
    const year = officeYear();
    expect(counters.map((c: { prefix: string; lastSequence: number }) => [c.prefix, Number(c.lastSequence)])).toEqual([
      [`${year}-XC-`, 2],
      [`${year}-ZC-`, 1],
    ]);
    expect((await t.createItem({ title: '丁' })).code).toBe(`${year}-XC-003`);
    expect((await t.leader.get('/api/dashboard').expect(200)).body.stays.find((s: { key: string }) => s.key === 'found')).toMatchObject({ stays: 2 });
  });
});
