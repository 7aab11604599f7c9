import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { AuditVerification, ItemEventView } from '@rectify/shared';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { ItemEventEntity } from '../src/history/item-event.entity.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

/** Changes a stored event behind the application's back, as someone with database access could. */
const tamper = (seq: number, values: Partial<ItemEventEntity>) =>
  t.dataSource
    .createQueryBuilder()
    .update(ItemEventEntity)
    .set(values as QueryDeepPartialEntity<ItemEventEntity>)
    .where('seq = :seq', { seq })
    .execute();

const verify = async (): Promise<AuditVerification> => (await t.as.inspector.get('/api/audit/verify').expect(200)).body;

/** Creates an item and walks it two columns on, edited on the way: five events. */
async function workedItem(): Promise<string> {
  const item = await t.createItem();
  const moved = await t.leader
    .post(`/api/items/${item.id}/move`)
    .send({ to: 'measures', version: 1, changes: { measures: [{ content: '建立学习台账' }], departmentId: t.departments.policy, leader: '李卫东' } })
    .expect(200);
  const edited = await t.as.policyStaff.patch(`/api/items/${item.id}`).send({ version: moved.body.version, owner: '王蕾' }).expect(200);
  await t.as.policyStaff
    .post(`/api/items/${item.id}/move`)
    .send({ to: 'deadline', version: edited.body.version, changes: { rectifyType: 'time_limited', deadline: '2027-01-31' } })
    .expect(200);
  return item.id;
}

describe('item history', () => {
  it('records who did what, when, from what to what, in order', async () => {
    const id = await workedItem();
    const timeline: ItemEventView[] = (await t.as.inspector.get(`/api/items/${id}/history`).expect(200)).body;
    expect(timeline.map((e) => [e.kind, e.actor])).toEqual([
      ['created', 'leader的姓名'],
      ['updated', 'leader的姓名'],
      ['moved', 'leader的姓名'],
      ['updated', 'policyStaff的姓名'],
      ['updated', 'policyStaff的姓名'],
      ['moved', 'policyStaff的姓名'],
    ]);
    expect(timeline[2]).toMatchObject({ before: { status: 'found' }, after: { status: 'measures' } });
    expect(timeline[3]).toMatchObject({ before: { owner: null }, after: { owner: '王蕾' } });
    expect(timeline[4]).toMatchObject({ before: { rectifyType: null, deadline: null }, after: { rectifyType: 'time_limited', deadline: '2027-01-31' } });
    expect(timeline.every((e, i) => i === 0 || e.at >= timeline[i - 1].at)).toBe(true);
  });

  it('a refused change writes no history', async () => {
    const item = await t.createItem();
    await t.leader.post(`/api/items/${item.id}/move`).send({ to: 'closed', version: 1 }).expect(422);
    await t.leader.patch(`/api/items/${item.id}`).send({ version: 9, owner: '王蕾' }).expect(409);
    expect((await t.leader.get(`/api/items/${item.id}/history`)).body).toHaveLength(1);
  });
});

describe('tamper evidence', () => {
  it('an untouched chain verifies', async () => {
    await workedItem();
    await workedItem();
    expect(await verify()).toEqual({ ok: true, checked: 12 });
  });

  it('an event edited in the database breaks the chain at that event', async () => {
    await workedItem();
    const events = await t.dataSource.getRepository(ItemEventEntity).find({ order: { seq: 'ASC' } });
    const target = events[3];
    // Someone rewrites who was made responsible.
    await tamper(target.seq, { after: { owner: '别人' } });
    expect(await verify()).toEqual({
      ok: false,
      checked: 3,
      firstBroken: { seq: target.seq, itemId: target.itemId, problem: expect.stringMatching(/被改动/) },
    });
  });

  it('an edited actor or time is caught as well', async () => {
    await workedItem();
    const [, second] = await t.dataSource.getRepository(ItemEventEntity).find({ order: { seq: 'ASC' } });
    await tamper(second.seq, { actor: 'policyStaff的姓名' });
    expect((await verify()).firstBroken?.seq).toBe(second.seq);
  });

  it('a deleted event breaks the chain at the event after it', async () => {
    await workedItem();
    const events = await t.dataSource.getRepository(ItemEventEntity).find({ order: { seq: 'ASC' } });
    await t.dataSource.createQueryBuilder().delete().from(ItemEventEntity).where('seq = :seq', { seq: events[2].seq }).execute();
    expect(await verify()).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: events[3].seq, itemId: events[3].itemId, problem: expect.stringMatching(/链接不符/) },
    });
  });

  it('re-hashing an edited event does not hide it: the next link no longer matches', async () => {
    await workedItem();
    const events = await t.dataSource.getRepository(ItemEventEntity).find({ order: { seq: 'ASC' } });
    const { eventHash } = await import('../src/history/event-chain.js');
    const forged = { ...events[1], actor: '别人' };
    await tamper(forged.seq, { actor: forged.actor, hash: eventHash(forged) });
    expect((await verify()).firstBroken).toMatchObject({ seq: events[2].seq, problem: expect.stringMatching(/链接不符/) });
  });
});

describe('a history row altered in the database', () => {
  /** Appends text to a JSON column with SQL, as someone with database access could. */
  const appendToAfter = (seq: number, extra: string) =>
    t.dataSource.query(
      `UPDATE item_events SET "after" = "after" || $1 WHERE seq = $2`.replace(/\$\d/g, t.dataSource.options.type === 'postgres' ? (m) => m : () => '?'),
      [extra, seq],
    );

  it('is reported as the break (not a 500) when its JSON no longer parses', async () => {
    const id = await workedItem();
    const events = await t.dataSource.getRepository(ItemEventEntity).find({ order: { seq: 'ASC' } });
    await appendToAfter(events[3].seq, 'x');
    expect(await verify()).toEqual({ ok: false, checked: 3, firstBroken: { seq: events[3].seq, itemId: id, problem: expect.stringMatching(/被改动/) } });
    // The item's history still opens and marks the record it cannot read.
    const timeline: ItemEventView[] = (await t.as.inspector.get(`/api/items/${id}/history`).expect(200)).body;
    expect(timeline).toHaveLength(6);
    expect(timeline[3]).toMatchObject({ seq: events[3].seq, unreadable: true });
    expect(timeline[2].unreadable).toBeUndefined();
    await t.leader.get('/api/dashboard').expect(200);
  });

  it('is caught even when the altered JSON still parses to the same value', async () => {
    await workedItem();
    const events = await t.dataSource.getRepository(ItemEventEntity).find({ order: { seq: 'ASC' } });
    await appendToAfter(events[3].seq, ' ');
    expect((await verify()).firstBroken?.seq).toBe(events[3].seq);
  });
});
