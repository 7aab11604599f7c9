import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type BoardResponse, type ColumnPage, type CreateItemInput } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const dayFromToday = officeDay;

/** A card ready for 整改中 with a deadline `offset` days from today. */
const inProgress = (offset: number, extra: Partial<CreateItemInput> = {}) => ({
  measures: [{ content: '逐项对照整改' }],
  departmentId: t.departments.policy,
  leader: '李卫东',
  rectifyType: 'time_limited' as const,
  deadline: dayFromToday(offset),
  owner: '王蕾',
  causeAnalysis: '对照检查不深入',
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  await t.createItem({ title: '意识形态工作责任制落实不到位', category: '政治建设' });
  await t.createItem({ title: '个别干部请示报告不及时', source: '民主生活会', scope: 'individual', person: '张明（副局长）', category: '纪律建设' });
  for (const [offset, title] of [
    [-3, '逾期事项甲'],
    [0, '今日到期事项'],
    [7, '七日后到期事项'],
    [8, '八日后到期事项'],
    [30, '远期事项'],
  ] as const) {
    const item = await t.createItem({ title, ...inProgress(offset) });
    await t.leader.post(`/api/items/${item.id}/move`).send({ to: 'in_progress', version: 1 }).expect(200);
  }
  const co = await t.createItem({
    title: '财务报销审核把关不严',
    source: '审计',
    category: '纪律建设',
    ...inProgress(-10, { departmentId: t.departments.office, coDepartmentIds: [t.departments.finance], completion: '已完成' }),
  });
  await t.recordEvidence(co.id);
  await t.signOff(co);
});
afterAll(() => t.close());

const board = async (query = ''): Promise<BoardResponse> => (await t.leader.get(`/api/board${query}`).expect(200)).body;
const titles = (b: BoardResponse, key: string) => b.columns.find((c) => c.key === key)!.items.map((i) => i.title);

describe('GET /api/board', () => {
  it('returns the five columns in order with totals and cards', async () => {
    const b = await board();
    expect(b.columns.map((c) => [c.key, c.title, c.total])).toEqual([
      ['found', '发现问题', 2],
      ['measures', '制定措施', 0],
      ['deadline', '明确时限', 0],
      ['in_progress', '整改中', 5],
      ['closed', '销号', 1],
    ]);
    expect(b.today).toBe(officeDay());
    const card = b.columns[3].items[0];
    expect(Object.keys(card)).toEqual(expect.arrayContaining(['id', 'code', 'title', 'status', 'version', 'warning', 'source', 'category', 'departmentName']));
  });

  it('orders open cards by urgency and labels their lights', async () => {
    const cards = (await board()).columns[3].items.map((i) => [i.title, i.warning.level, i.warning.label]);
    expect(cards).toEqual([
      ['逾期事项甲', 'red', '逾期3天'],
      ['今日到期事项', 'yellow', '今日到期'],
      ['七日后到期事项', 'yellow', '剩7天'],
      ['八日后到期事项', 'green', '剩8天'],
      ['远期事项', 'green', '剩30天'],
    ]);
    // A closed item is never overdue, even past its deadline.
    expect((await board()).columns[4].items[0].warning).toMatchObject({ level: 'none', label: '已销号' });
  });

  it('filters by warning level, agreeing with the cards', async () => {
    expect(titles(await board('?warning=red'), 'in_progress')).toEqual(['逾期事项甲']);
    expect(titles(await board('?warning=yellow'), 'in_progress')).toEqual(['今日到期事项', '七日后到期事项']);
    expect(titles(await board('?warning=green'), 'in_progress')).toEqual(['八日后到期事项', '远期事项']);
    const none = await board('?warning=none');
    expect(none.columns.map((c) => c.total)).toEqual([2, 0, 0, 0, 1]);
  });

  it('filters by source, category, department (lead or co-operating) and text', async () => {
    expect((await board(`?source=${encodeURIComponent('民主生活会')}`)).columns[0].items.map((i) => i.person)).toEqual(['张明（副局长）']);
    expect((await board(`?category=${encodeURIComponent('纪律建设')}`)).columns.map((c) => c.total)).toEqual([1, 0, 0, 0, 1]);
    expect(titles(await board(`?department=${t.departments.finance}`), 'closed')).toEqual(['财务报销审核把关不严']);
    expect((await board(`?department=${t.departments.finance}`)).columns.map((c) => c.total)).toEqual([0, 0, 0, 0, 1]);
    expect(titles(await board(`?q=${encodeURIComponent('意识形态')}`), 'found')).toEqual(['意识形态工作责任制落实不到位']);
    // LIKE wildcards typed by a user are literal text.
    expect((await board(`?q=${encodeURIComponent('%')}`)).columns.every((c) => c.total === 0)).toBe(true);
  });

  it('pages a long column: the board shows the first cards, the column endpoint the rest', async () => {
    const first = await board('?limit=2');
    expect(first.columns[3]).toMatchObject({ total: 5 });
    expect(first.columns[3].items).toHaveLength(2);
    expect(first.columns[3].next).toEqual(expect.any(String));
    const next = (await t.leader.get(`/api/board/columns/in_progress?after=${first.columns[3].next}&limit=2`).expect(200)).body;
    expect(next).toMatchObject({ key: 'in_progress', total: 5, next: expect.any(String) });
    expect(next.items.map((i: { title: string }) => i.title)).toEqual(['七日后到期事项', '八日后到期事项']);
    const rest = (await t.leader.get(`/api/board/columns/in_progress?after=${next.next}&limit=2`).expect(200)).body;
    expect(rest).toMatchObject({ key: 'in_progress', total: 5, next: null });
    expect(rest.items.map((i: { title: string }) => i.title)).toEqual(['远期事项']);
  });

  it('sends slim cards: what a card shows and what the gates still miss, not the whole item', async () => {
    const card = (await board()).columns[0].items[0];
    expect(card).not.toHaveProperty('description');
    expect(card).not.toHaveProperty('measures');
    expect(card.unmet).toEqual(expect.arrayContaining(['measures']));
    const item = (await t.leader.get(`/api/items/${card.id}`).expect(200)).body;
    expect(card).toMatchObject({
      code: item.code,
      title: item.title,
      version: item.version,
      departmentName: item.departmentName,
      warning: { label: item.warning.label },
    });
  });

  it('a card ready for 销号 lacks nothing: the 原因分析 it has counts (the drop goes straight through)', async () => {
    const ready = await t.createItem({ title: '可申请销号的事项', ...inProgress(20, { completion: '已完成' }) });
    await t.recordEvidence(ready.id);
    const moved = (await t.leader.post(`/api/items/${ready.id}/move`).send({ to: 'in_progress', version: ready.version }).expect(200)).body;
    const card = (await board()).columns[3].items.find((c) => c.id === moved.id)!;
    expect(card.unmet).toBeUndefined();
  });

  it('refuses bad filters in Chinese', async () => {
    expect((await t.leader.get('/api/board?warning=purple').expect(400)).body.message).toMatch(/预警等级/);
    expect((await t.leader.get('/api/board?limit=abc').expect(400)).body.message).toMatch(/每列数量/);
    expect((await t.leader.get('/api/board?colour=red').expect(400)).body.message).toMatch(/不认识的字段：colour/);
    expect((await t.leader.get('/api/board/columns/archive').expect(404)).body.message).toMatch(/没有「archive」这一列/);
  });
});

describe('the rest of the API surface', () => {
  it('reports health and lists departments', async () => {
    expect((await t.leader.get('/api/health').expect(200)).body).toEqual({ status: 'ok', database: t.dataSource.options.type, writable: true });
    const departments = (await t.leader.get('/api/departments').expect(200)).body;
    expect(departments.map((d: { name: string }) => d.name)).toEqual(['办公室', '政策法规处', '财务审计处']);
  });

  it('serves OpenAPI docs with the request schemas', async () => {
    const docs = (await t.leader.get('/api/docs-json').expect(200)).body;
    expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/api/board', '/api/items', '/api/items/{id}', '/api/items/{id}/move']));
    expect(JSON.stringify(docs.paths['/api/items/{id}/move'])).toContain('in_progress');
  });
});

describe('the 销号 column', () => {
  it('puts applications awaiting review first, then signed-off items, newest first', async () => {
    const approved = await t.createItem({ title: '较早销号的事项', ...inProgress(-1, { completion: '已完成' }) });
    await t.recordEvidence(approved.id);
    await t.signOff(approved);
    const pending = await t.createItem({ title: '待审核的事项', ...inProgress(2, { completion: '已完成' }) });
    await t.recordEvidence(pending.id);
    await t.leader.post(`/api/items/${pending.id}/move`).send({ to: 'closed', version: 1 }).expect(200);
    const later = await t.createItem({ title: '最近销号的事项', ...inProgress(3, { completion: '已完成' }) });
    await t.recordEvidence(later.id);
    await t.signOff(later);

    const closed = (await board()).columns[4].items.map((i) => [i.title, i.warning.label]);
    expect(closed.slice(0, 3)).toEqual([
      ['待审核的事项', '待审核'],
      ['最近销号的事项', '已销号'],
      ['较早销号的事项', '已销号'],
    ]);
  });

  it('pages the 销号 column after its applications awaiting review, and refuses a forged page position', async () => {
    const all = (await board()).columns[4].items.map((i) => i.code);
    const codes: string[] = [];
    let after: string | null = null;
    do {
      const page: ColumnPage = (await t.leader.get(`/api/board/columns/closed?limit=1${after ? `&after=${after}` : ''}`).expect(200)).body;
      codes.push(...page.items.map((i) => i.code));
      after = page.next;
    } while (after);
    expect(codes).toEqual(all);
    expect(codes).toHaveLength(4);
    expect((await t.leader.get('/api/board/columns/closed?after=bm90LWEtY3Vyc29y').expect(400)).body.message).toBe('分页位置无效，请刷新看板');
  });
});
