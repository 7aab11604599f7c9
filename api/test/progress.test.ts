import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ItemEventView, type ItemView, type ProgressEntryView } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { itemInProgress, pdfFile, pngFile, snapshotOf } from './evidence-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('整改进展', () => {
  it('records an entry, moves lastProgressDate forward only, and records history without a version bump', async () => {
    const item = await itemInProgress(t);
    const first = await t.as.policyStaff
      .post(`/api/items/${item.id}/progress`)
      .send({ date: officeDay(-3), text: '  召开专题会议研究部署整改工作  ' })
      .expect(201);
    expect(first.body).toMatchObject({
      itemId: item.id,
      date: officeDay(-3),
      text: '召开专题会议研究部署整改工作',
      author: 'policyStaff的姓名',
      round: 1,
      evidence: [],
    });
    let after: ItemView = (await t.leader.get(`/api/items/${item.id}`)).body;
    expect([after.lastProgressDate, after.version]).toEqual([officeDay(-3), item.version]);

    // An entry about earlier work does not move the date back; today's moves it on.
    await t.as.policyStaff
      .post(`/api/items/${item.id}/progress`)
      .send({ date: officeDay(-10), text: '开展专题学习' })
      .expect(201);
    expect((await t.leader.get(`/api/items/${item.id}`)).body.lastProgressDate).toBe(officeDay(-3));
    await t.leader
      .post(`/api/items/${item.id}/progress`)
      .send({ date: officeDay(0), text: '修订完善制度2项' })
      .expect(201);
    after = (await t.leader.get(`/api/items/${item.id}`)).body;
    expect([after.lastProgressDate, after.version]).toEqual([officeDay(0), item.version]);

    const history: ItemEventView[] = (await t.leader.get(`/api/items/${item.id}/history`)).body;
    expect(history.filter((e) => e.kind === 'progress_added').map((e) => e.after?.date)).toEqual([officeDay(-3), officeDay(-10), officeDay(0)]);
  });

  it('lists entries newest first, each with the files uploaded for it', async () => {
    const item = await itemInProgress(t);
    const older = (
      await t.as.policyStaff
        .post(`/api/items/${item.id}/progress`)
        .send({ date: officeDay(-8), text: '组织专题学习' })
        .expect(201)
    ).body;
    const newer = (
      await t.as.policyStaff
        .post(`/api/items/${item.id}/progress`)
        .send({ date: officeDay(-1), text: '召开专题会议' })
        .expect(201)
    ).body;
    const minutes = await t.as.policyStaff
      .post(`/api/items/${item.id}/evidence`)
      .field('progressId', newer.id)
      .attach('file', pdfFile(), '会议纪要.pdf')
      .expect(201);
    const photo = await t.as.policyStaff
      .post(`/api/items/${item.id}/evidence`)
      .field('progressId', newer.id)
      .attach('file', pngFile(), '会场照片.png')
      .expect(201);
    await t.as.policyStaff.post(`/api/items/${item.id}/evidence`).attach('file', pdfFile(), '不属于任何进展.pdf').expect(201);

    const list: ProgressEntryView[] = (await t.as.inspector.get(`/api/items/${item.id}/progress`).expect(200)).body;
    expect(list.map((e) => [e.id, e.evidence.map((f) => f.fileName)])).toEqual([
      [newer.id, ['会议纪要.pdf', '会场照片.png']],
      [older.id, []],
    ]);
    expect(list[0].evidence[0]).toEqual(minutes.body.evidence);
    expect(list[0].evidence[1]).toEqual(photo.body.evidence);
  });

  it('refuses bad entries in Chinese and changes nothing', async () => {
    const item = await itemInProgress(t);
    const cases: Array<[object, string]> = [
      [{ date: officeDay(1), text: '计划下周召开会议' }, '提交的内容有误：进展日期不能晚于今天'],
      [{ date: '2026-02-30', text: '召开会议' }, '提交的内容有误：日期不存在，请检查年月日'],
      [{ date: '2026/01/05', text: '召开会议' }, '提交的内容有误：日期应为“年-月-日”格式，如 2026-12-31'],
      [{ date: officeDay(0), text: '   ' }, '提交的内容有误：请填写进展情况'],
      [{ date: officeDay(0), text: '字'.repeat(2001) }, '提交的内容有误：进展情况不能超过2000字'],
    ];
    for (const [body, message] of cases) {
      const before = await snapshotOf(t, item.id);
      const response = await t.as.policyStaff.post(`/api/items/${item.id}/progress`).send(body);
      expect([response.status, response.body.message]).toEqual([400, message]);
      expect(await snapshotOf(t, item.id)).toEqual(before);
    }
  });

  it('refuses other departments (404), inspectors (403), unknown items and closed items', async () => {
    const item = await itemInProgress(t);
    const entry = { date: officeDay(0), text: '召开专题会议' };
    const before = await snapshotOf(t, item.id);
    const other = await t.as.financeStaff.post(`/api/items/${item.id}/progress`).send(entry);
    const inspector = await t.as.inspector.post(`/api/items/${item.id}/progress`).send(entry);
    const unknown = await t.leader.post(`/api/items/${crypto.randomUUID()}/progress`).send(entry);
    const otherList = await t.as.financeStaff.get(`/api/items/${item.id}/progress`);
    expect([other, inspector, unknown, otherList].map((r) => [r.status, r.body.message])).toEqual([
      [404, '事项不存在或已无权查看'],
      [403, '纪检账号不能填报整改进展'],
      [404, '事项不存在或已无权查看'],
      [404, '事项不存在或已无权查看'],
    ]);
    expect(await snapshotOf(t, item.id)).toEqual(before);

    const { ItemEntity } = await import('../src/items/item.entity.js');
    await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { status: 'closed', signoff: 'approved' });
    const closedBefore = await snapshotOf(t, item.id);
    const closed = await t.as.policyStaff.post(`/api/items/${item.id}/progress`).send(entry).expect(422);
    expect(closed.body.message).toMatch(/^事项已销号，不能再填报整改进展/);
    expect(await snapshotOf(t, item.id)).toEqual(closedBefore);
  });
});
