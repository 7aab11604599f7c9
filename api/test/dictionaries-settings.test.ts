import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_BACKUP_SETTINGS, DEFAULT_CATEGORIES, DEFAULT_SOURCES, type Dictionaries } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const dictionaries = async (): Promise<Dictionaries> => (await t.leader.get('/api/dictionaries').expect(200)).body;

describe('dictionaries', () => {
  it('a new database holds the default sources (with their 编号 letters), categories and cause dimensions', async () => {
    const d = await dictionaries();
    expect(d.source.map((s) => [s.name, s.codeLetters])).toEqual(DEFAULT_SOURCES.map((s) => [s.name, s.codeLetters]));
    expect(d.category.map((c) => c.name)).toEqual(DEFAULT_CATEGORIES);
    expect(d.cause_tag.map((c) => c.name)).toContain('担当作为');
  });

  it('an item takes its source and category from the dictionary only', async () => {
    const response = await t.leader
      .post('/api/items')
      .send({ title: '问题', description: '描述', source: '群众来信', batch: '2026年', scope: 'team', category: '组织建设' })
      .expect(422);
    expect(response.body.message).toBe('问题来源「群众来信」不在字典中，请从列表中选择');
  });

  it('an admin adds a source with its own 编号 letters; new items are numbered with them', async () => {
    await t.as.admin.post('/api/dictionaries').send({ kind: 'source', name: '群众来信', codeLetters: 'QZ' }).expect(201);
    const item = await t.createItem({ source: '群众来信' });
    expect(item.code).toMatch(/^\d{4}-QZ-001$/);
  });

  it('refuses duplicates and malformed entries, changing nothing', async () => {
    const before = await dictionaries();
    expect((await t.as.admin.post('/api/dictionaries').send({ kind: 'category', name: '作风建设' }).expect(422)).body.message).toBe(
      '问题类别「作风建设」已存在',
    );
    expect((await t.as.admin.post('/api/dictionaries').send({ kind: 'source', name: '信访', codeLetters: 'XC' }).expect(422)).body.message).toMatch(
      /XC 已被其他问题来源使用/,
    );
    expect((await t.as.admin.post('/api/dictionaries').send({ kind: 'source', name: '信访' }).expect(400)).body.message).toMatch(/须填写编号字母/);
    expect((await t.as.admin.post('/api/dictionaries').send({ kind: 'source', name: '信访', codeLetters: 'xf' }).expect(400)).body.message).toMatch(/大写字母/);
    expect((await t.as.admin.patch(`/api/dictionaries/${before.category[0].id}`).send({ name: '改名' }).expect(400)).body.message).toMatch(
      /不认识的字段：name/,
    );
    expect(await dictionaries()).toEqual(before);
  });

  it('a retired category is no longer offered, but items that have it stay editable', async () => {
    const item = await t.createItem({ category: '党建与业务融合' });
    const entry = (await dictionaries()).category.find((c) => c.name === '党建与业务融合')!;
    await t.as.admin.patch(`/api/dictionaries/${entry.id}`).send({ active: false }).expect(200);

    await t.leader.patch(`/api/items/${item.id}`).send({ version: 1, owner: '王蕾' }).expect(200);
    const refused = await t.leader
      .post('/api/items')
      .send({ title: '问题', description: '描述', source: '巡察反馈', batch: '2026年', scope: 'team', category: '党建与业务融合' })
      .expect(422);
    expect(refused.body.message).toMatch(/问题类别「党建与业务融合」不在字典中/);
    await t.as.admin.patch(`/api/dictionaries/${entry.id}`).send({ active: true }).expect(200);
  });
});

describe('settings', () => {
  const inDays = officeDay;

  it('the yellow-light threshold is an office setting (default 7 days)', async () => {
    expect((await t.leader.get('/api/settings').expect(200)).body).toEqual({ warningYellowWithinDays: 7, signoffTwoLevel: false, ...DEFAULT_BACKUP_SETTINGS });
    const item = await t.createItem({
      measures: [{ content: '整改' }],
      departmentId: t.departments.office,
      leader: '张明',
      rectifyType: 'time_limited',
      deadline: inDays(10),
    });
    expect(item.warning).toMatchObject({ level: 'green', label: '剩10天' });

    await t.as.admin.patch('/api/settings').send({ warningYellowWithinDays: 10 }).expect(200);
    expect((await t.leader.get(`/api/items/${item.id}`)).body.warning.level).toBe('yellow');
    const yellow = (await t.leader.get('/api/board?warning=yellow').expect(200)).body;
    expect(yellow.columns[0].items.map((i: { id: string }) => i.id)).toContain(item.id);
    await t.as.admin.patch('/api/settings').send({ warningYellowWithinDays: 7 }).expect(200);
  });

  it('refuses an out-of-range threshold in Chinese and keeps the old one', async () => {
    expect((await t.as.admin.patch('/api/settings').send({ warningYellowWithinDays: 0 }).expect(400)).body.message).toMatch(/不少于1天/);
    expect((await t.as.admin.patch('/api/settings').send({ warningYellowWithinDays: '7' }).expect(400)).body.message).toMatch(/应为数字/);
    expect((await t.leader.get('/api/settings')).body).toEqual({ warningYellowWithinDays: 7, signoffTwoLevel: false, ...DEFAULT_BACKUP_SETTINGS });
  });
});
