/**
 * The board as of any day equals the board as it was seen that day. The test drives the app's clock
 * (only Date is faked) through a fortnight of work — registration, edits, moves, 延期, evidence,
 * progress, 督办, 销号 rejected and approved, 回头看 — and takes GET /api/board (and the overdue view
 * and dashboard) at the end of each day; back in the present, each asOf answer must equal that day's.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { chineseDate, type BoardResponse, type ItemView } from '@rectify/shared';
import JSZip from 'jszip';
import { addDays, format, parseISO } from 'date-fns';
import { pdfFile } from './evidence-fixtures.js';
import { bearerClient, TEST_PASSWORD, TEST_USERS, startTestApp, type ApiClient, type TestApp, type TestUser } from './test-app.js';

let t: TestApp;
const realNow = Date.now();
/** Day 0 is 30 days ago (office days, Asia/Shanghai). */
const start = format(addDays(new Date(realNow), -30), 'yyyy-MM-dd');
const dayOf = (n: number) => format(addDays(parseISO(start), n), 'yyyy-MM-dd');
let clock = 0;
/** 09:00 in Shanghai on day n; each request then moves the clock on a minute. */
const morning = (n: number) => setClock(Date.parse(`${dayOf(n)}T01:00:00.000Z`));
/** 20:30 in Shanghai: the day's work is done, and the morning's sign-ins (12 hours) still hold. */
const evening = (n: number) => setClock(Date.parse(`${dayOf(n)}T12:30:00.000Z`));
let faking = true;
function setClock(ms: number) {
  clock = ms;
  if (faking) jest.setSystemTime(clock);
}
const tick = () => setClock(clock + 60_000);

let as: Record<TestUser, ApiClient>;
async function signIn(): Promise<void> {
  as = {} as Record<TestUser, ApiClient>;
  for (const username of (Object.keys(TEST_USERS) as TestUser[]).filter((u) => u !== 'admin')) {
    tick();
    const login = await t.http.post('/api/auth/login').send({ username, password: TEST_PASSWORD }).expect(200);
    as[username] = bearerClient(t.http, login.body.token);
  }
}

const items: Record<string, ItemView> = {};
async function call(
  client: () => ApiClient,
  method: 'post' | 'patch',
  url: string,
  body: Record<string, unknown>,
  key?: string,
  status = 200,
): Promise<ItemView> {
  tick();
  const response = await client()[method](url).send(body);
  if (response.status !== status) throw new Error(`${method} ${url} → ${response.status} ${JSON.stringify(response.body)}`);
  if (key) items[key] = response.body as ItemView;
  return response.body as ItemView;
}
const move = (key: string, to: string, by: TestUser = 'leader', changes?: Record<string, unknown>, reason?: string) =>
  call(
    () => as[by],
    'post',
    `/api/items/${items[key].id}/move`,
    { to, version: items[key].version, ...(changes ? { changes } : {}), ...(reason ? { reason } : {}) },
    key,
  );
const edit = (key: string, changes: Record<string, unknown>, by: TestUser = 'leader') =>
  call(() => as[by], 'patch', `/api/items/${items[key].id}`, { ...changes, version: items[key].version }, key);
const refresh = async (key: string) => {
  items[key] = (await as.leader.get(`/api/items/${items[key].id}`).expect(200)).body;
};
async function create(key: string, fields: Record<string, unknown>): Promise<void> {
  await call(
    () => as.leader,
    'post',
    '/api/items',
    { title: key, description: `${key}的问题描述`, source: '巡察反馈', batch: '市委第三巡察组反馈意见', scope: 'team', category: '组织建设', ...fields },
    key,
    201,
  );
}
async function upload(key: string): Promise<void> {
  tick();
  await as.policyStaff
    .post(`/api/items/${items[key].id}/evidence`)
    .attach('file', pdfFile(), { filename: '佐证.pdf', contentType: 'application/octet-stream' })
    .expect(201);
  await refresh(key);
}

const DAYS = 14;
const snapshots: Array<{ leader: BoardResponse; policy: BoardResponse; overdue: unknown; dashboard: unknown }> = [];
async function snapshot(n: number): Promise<void> {
  evening(n);
  const [leader, policy, overdue, dashboard] = await Promise.all([
    as.leader.get('/api/board?limit=500').expect(200),
    as.policyStaff.get('/api/board?limit=500').expect(200),
    as.inspector.get('/api/overdue').expect(200),
    as.leader.get('/api/dashboard').expect(200),
  ]);
  snapshots[n] = { leader: leader.body, policy: policy.body, overdue: overdue.body, dashboard: dashboard.body };
}

const base = () => ({ measures: [{ content: '制定专项整改方案' }], departmentId: t.departments.policy, leader: '李卫东', owner: '王蕾' });

beforeAll(async () => {
  t = await startTestApp();
  // Only Date is faked: the server's timers, sockets and the database run as ever.
  jest.useFakeTimers({
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
  morning(0);
  await signIn();
  // Day 0: three problems registered.
  await create('甲', {});
  await create('乙', { category: '作风建设' });
  await create('丙', { source: '民主生活会', batch: '2026年度民主生活会' });
  await snapshot(0);
  // Day 1: 甲 gets its measures and moves on in one step; 乙 is edited; 丁 is registered ready to go.
  morning(1);
  await signIn();
  await move('甲', 'measures', 'leader', base());
  await edit('乙', { title: '乙（修改后的标题）', remarks: '补充说明' });
  await create('丁', { ...base(), rectifyType: 'time_limited', deadline: dayOf(3) });
  await snapshot(1);
  // Day 2: 甲 gets a deadline; 丙 measures; 丁 straight to 整改中.
  morning(2);
  await signIn();
  await move('甲', 'deadline', 'leader', { rectifyType: 'time_limited', deadline: dayOf(6) });
  await move('丙', 'measures', 'leader', { ...base(), departmentId: t.departments.finance, coDepartmentIds: [t.departments.policy] });
  await move('丁', 'measures');
  await move('丁', 'deadline');
  await move('丁', 'in_progress');
  await snapshot(2);
  // Day 3: 甲 整改中; 戊 registered as 长期坚持; 丁 is due today.
  morning(3);
  await signIn();
  await move('甲', 'in_progress');
  await create('戊', { ...base(), rectifyType: 'long_term', stageGoal: '每季度检查一次', nextReviewDate: dayOf(8) });
  await snapshot(3);
  // Day 4: 丁 is overdue (red); the department asks 甲's 延期 and reports progress; 督办 on 丁.
  morning(4);
  await signIn();
  await call(
    () => as.policyStaff,
    'post',
    `/api/items/${items['甲'].id}/extension`,
    { deadline: dayOf(12), reason: '需等待配套文件', version: items['甲'].version },
    '甲',
  );
  tick();
  await as.policyStaff
    .post(`/api/items/${items['甲'].id}/progress`)
    .send({ date: dayOf(4), text: '召开专题会议' })
    .expect(201);
  tick();
  const supervision = (
    await as.inspector
      .post(`/api/items/${items['丁'].id}/supervisions`)
      .send({ requirement: '请说明逾期原因', replyBy: dayOf(6) })
      .expect(201)
  ).body;
  await refresh('丁');
  await snapshot(4);
  // Day 5: 延期 approved; 丁's evidence, completion and application; the 督办 answered.
  morning(5);
  await signIn();
  await call(
    () => as.leader,
    'post',
    `/api/items/${items['甲'].id}/extension/decision`,
    { decision: 'approve', opinion: '同意', version: items['甲'].version },
    '甲',
  );
  await upload('丁');
  tick();
  await as.policyStaff.post(`/api/supervisions/${supervision.id}/reply`).send({ reply: '已整改完毕，正在申请销号' }).expect(200);
  await refresh('丁');
  await move('丁', 'closed', 'policyStaff', { completion: '已按方案完成整改', causeAnalysis: '制度执行不到位，督促检查不够' });
  await snapshot(5);
  // Day 6: 丁 销号 approved; 丙's title corrected.
  morning(6);
  await signIn();
  await call(
    () => as.deputy,
    'post',
    `/api/items/${items['丁'].id}/signoff`,
    { decision: 'approve', opinion: '整改到位', confirmUnfinished: true, version: items['丁'].version },
    '丁',
  );
  await edit('丙', { title: '丙（更正）' });
  await snapshot(6);
  // Day 7: evidence for 甲; 戊 moves on.
  morning(7);
  await signIn();
  await upload('甲');
  await move('戊', 'measures');
  await move('戊', 'deadline');
  await move('戊', 'in_progress');
  await snapshot(7);
  // Day 8: 甲 applies for 销号 and is sent back with 补充整改要求.
  morning(8);
  await signIn();
  await move('甲', 'closed', 'policyStaff', { completion: '初步完成', causeAnalysis: '制度执行不到位，督促检查不够' });
  await call(
    () => as.deputy,
    'post',
    `/api/items/${items['甲'].id}/signoff`,
    { decision: 'reject', opinion: '佐证不足，请补充会议记录', version: items['甲'].version },
    '甲',
  );
  await snapshot(8);
  // Day 9: 甲 applies again and is signed off; 乙 sent back a column... it has none to go back to: 乙 gets measures.
  morning(9);
  await signIn();
  await move('甲', 'closed', 'policyStaff', { completion: '已补充会议记录，整改完成', causeAnalysis: '制度执行不到位，督促检查不够' });
  await call(
    () => as.deputy,
    'post',
    `/api/items/${items['甲'].id}/signoff`,
    { decision: 'approve', opinion: '同意销号', confirmUnfinished: true, version: items['甲'].version },
    '甲',
  );
  await move('乙', 'measures', 'leader', base());
  await snapshot(9);
  // Day 10: 回头看 reopens 丁 as round 2.
  morning(10);
  await signIn();
  await call(
    () => as.inspector,
    'post',
    `/api/items/${items['丁'].id}/reopen`,
    { reason: '回头看发现问题反弹', deadline: dayOf(20), version: items['丁'].version },
    '丁',
  );
  await snapshot(10);
  // Day 11: 戊's 延期… 长期坚持 has no deadline; 丙 gets one, and 乙 is sent back by the department with a reason.
  morning(11);
  await signIn();
  await move('丙', 'deadline', 'leader', { rectifyType: 'immediate', deadline: dayOf(13) });
  await move('乙', 'found', 'policyStaff', undefined, '措施需重新研究');
  await snapshot(11);
  // Day 12: nothing happens (the lights still change); the look at the evening needs a fresh sign-in.
  morning(12);
  await signIn();
  await snapshot(12);
  // Day 13: 丙 moves on; a 延期 asked for 丙 and withdrawn.
  morning(13);
  await signIn();
  await move('丙', 'in_progress');
  await call(
    () => as.financeStaff,
    'post',
    `/api/items/${items['丙'].id}/extension`,
    { deadline: dayOf(25), reason: '工作量大', version: items['丙'].version },
    '丙',
  );
  await call(() => as.financeStaff, 'post', `/api/items/${items['丙'].id}/extension/withdraw`, { reason: '可以按期完成', version: items['丙'].version }, '丙');
  await snapshot(13);
  jest.useRealTimers();
  faking = false;
  await signIn();
}, 400_000);
afterAll(() => t.close());

const without = <T extends object>(body: T) => {
  const { asOf: _a, checkpoint: _c, ...rest } = body as T & { asOf?: unknown; checkpoint?: unknown };
  return rest;
};

describe('asOf: the board as it stood at the end of each day', () => {
  it('equals, day by day, the board, the overdue list and the dashboard taken that day', async () => {
    for (let n = 0; n < DAYS; n++) {
      const day = dayOf(n);
      const [leader, policy, overdue, dashboard] = await Promise.all([
        as.leader.get(`/api/board?limit=500&asOf=${day}`).expect(200),
        as.policyStaff.get(`/api/board?limit=500&asOf=${day}`).expect(200),
        as.inspector.get(`/api/overdue?asOf=${day}`).expect(200),
        as.leader.get(`/api/dashboard?asOf=${day}`).expect(200),
      ]);
      expect([day, without(leader.body)]).toEqual([day, snapshots[n].leader]);
      expect([day, without(policy.body)]).toEqual([day, snapshots[n].policy]);
      expect([day, without(overdue.body)]).toEqual([day, snapshots[n].overdue]);
      expect([day, without(dashboard.body)]).toEqual([day, snapshots[n].dashboard]);
    }
  });

  it('shows what a user would check: 甲 red-free after its 延期, 丁 round 2, the day before creation empty', async () => {
    const cards = async (day: string) => ((await as.leader.get(`/api/board?asOf=${day}`).expect(200)).body as BoardResponse).columns.flatMap((c) => c.items);
    expect(await cards(dayOf(-1))).toEqual([]);
    const day5 = await cards(dayOf(5));
    expect(day5.find((c) => c.title === '甲')).toMatchObject({ status: 'in_progress', labels: ['延期1次'], warning: { dueDate: dayOf(12), label: '剩7天' } });
    expect(day5.find((c) => c.title === '丁')).toMatchObject({ status: 'closed', warning: { label: '待审核' } });
    const day10 = await cards(dayOf(10));
    expect(day10.find((c) => c.title === '丁')).toMatchObject({ status: 'in_progress', labels: ['第2轮'] });
  });

  it('names the history checkpoint it was built from, the same the verifier checks', async () => {
    const answer = (await as.inspector.get(`/api/board?asOf=${dayOf(3)}`).expect(200)).body;
    const verified = (await as.inspector.get('/api/audit/verify').expect(200)).body;
    expect(answer.checkpoint).toMatchObject({ ok: true, checked: verified.checked });
    expect(answer.checkpoint.lastHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pages a column as the live board does', async () => {
    const first = (await as.leader.get(`/api/board/columns/in_progress?asOf=${dayOf(7)}&limit=1`).expect(200)).body;
    expect(first).toMatchObject({ key: 'in_progress', total: 2, asOf: dayOf(7) });
    const second = (await as.leader.get(`/api/board/columns/in_progress?asOf=${dayOf(7)}&limit=1&after=${first.next}`).expect(200)).body;
    const all = snapshots[7].leader.columns.find((c) => c.key === 'in_progress')!.items.map((c) => c.code);
    expect([first.items[0].code, second.items[0].code]).toEqual(all.slice(0, 2));
  });

  it('exports the 台账 as of a day: the items and fields of that day', async () => {
    const sheetOf = async (day: string) => {
      const response = await as.leader
        .get(`/api/ledger/export?asOf=${day}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(decodeURIComponent(response.headers['content-disposition'])).toContain(`（截至${day}）.xlsx`);
      return (await JSZip.loadAsync(response.body as Buffer)).file('xl/sharedStrings.xml')!.async('string');
    };
    // Day 0: 甲, 乙, 丙; day 1 adds 丁 (2026-XC-003) and 乙's 备注; 戊 (2026-XC-004) came on day 3.
    const day0 = await sheetOf(dayOf(0));
    expect(day0).not.toContain('补充说明');
    expect(day0).not.toContain('丁的问题描述');
    const day1 = await sheetOf(dayOf(1));
    expect(day1).toContain('补充说明');
    expect(day1).toContain('丁的问题描述');
    expect(day1).not.toContain('戊的问题描述');
  });

  it('refuses a malformed, impossible or future date in Chinese, and writes nothing', async () => {
    const before = (await as.leader.get('/api/board').expect(200)).body;
    for (const [value, message] of [
      ['2026-9-30', /查看日期应为形如 2026-09-30 的日期/],
      ['2026-02-30', /查看日期不是有效的日期/],
      [format(addDays(new Date(), 3), 'yyyy-MM-dd'), /不能查看今天以后的状态/],
    ] as const) {
      expect((await as.leader.get(`/api/board?asOf=${value}`).expect(400)).body.message).toMatch(message);
      expect((await as.inspector.get(`/api/overdue?asOf=${value}`).expect(400)).body.message).toMatch(message);
      expect((await as.leader.get(`/api/dashboard?asOf=${value}`).expect(400)).body.message).toMatch(message);
    }
    expect((await as.leader.get('/api/board').expect(200)).body).toEqual(before);
  });

  it('compares two days: added, moved, closed, reopened, extended, turned red, with counts per department', async () => {
    const view = (await as.inspector.get(`/api/as-of/compare?from=${dayOf(2)}&to=${dayOf(10)}`).expect(200)).body;
    const byTitle = Object.fromEntries(view.changes.map((c: { title: string }) => [c.title, c]));
    expect(byTitle['甲']).toMatchObject({ from: 'deadline', to: 'closed', changes: ['moved', 'extended', 'closed'] });
    expect(byTitle['丁']).toMatchObject({ from: 'in_progress', to: 'in_progress', changes: ['reopened'], roundFrom: 1, roundTo: 2 });
    expect(byTitle['戊']).toMatchObject({ from: null, to: 'in_progress', changes: ['added', 'turned_red'] });
    expect(view.totals).toMatchObject({ added: 1, closed: 1, reopened: 1, extended: 1 });
    expect(view.byDepartment.find((d: { departmentName: string }) => d.departmentName === '政策法规处').counts).toMatchObject({
      added: 1,
      closed: 1,
      reopened: 1,
    });
    expect((await as.inspector.get(`/api/as-of/compare?from=${dayOf(5)}&to=${dayOf(2)}`).expect(400)).body.message).toMatch(/开始日期不能晚于结束日期/);
  });

  it('evaluates a batch at the end of its period, and writes the 通报 .docx', async () => {
    const view = (
      await as.inspector.get(`/api/as-of/evaluation?batch=${encodeURIComponent('市委第三巡察组反馈意见')}&feedbackDate=${dayOf(0)}&months=1`).expect(200)
    ).body;
    // A month after day 0: 甲 signed off before its (extended) deadline; 丁 reopened and 戊 past their dates.
    expect(view.counts).toEqual({ total: 4, signedOff: 1, onTime: 1, late: 2, open: 3 });
    const onDay9 = (
      await as.inspector
        .get(`/api/as-of/evaluation?batch=${encodeURIComponent('市委第三巡察组反馈意见')}&feedbackDate=${dayOf(0)}&asOf=${dayOf(9)}`)
        .expect(200)
    ).body;
    // On day 9: 丁 was signed off on day 6, three days after its deadline; 戊's review date (day 8) had passed.
    expect(onDay9).toMatchObject({ periodEnd: dayOf(9), counts: { total: 4, signedOff: 2, onTime: 1, late: 2, open: 2 } });
    expect(onDay9.lateItems.map((i: { title: string; daysLate: number }) => [i.title, i.daysLate])).toEqual([
      ['丁', 3],
      ['戊', 1],
    ]);
    expect(onDay9.openItems.map((i: { title: string }) => i.title)).toEqual(['乙（修改后的标题）', '戊']);
    const docx = await as.inspector
      .get(`/api/as-of/notice?batch=${encodeURIComponent('市委第三巡察组反馈意见')}&feedbackDate=${dayOf(0)}&asOf=${dayOf(9)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
    const text = (await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('关于整改进展情况的通报');
    expect(text).toContain(`现将截至${chineseDate(dayOf(9))}市委第三巡察组反馈意见所列问题的整改进展情况通报如下。`);
    expect(text).toContain('共有整改问题4条，已整改销号2条（其中按期销号1条，逾期销号1条），整改完成率50%；尚未销号2条，其中已超过整改时限1条。');
    expect(text).toMatch(/所据记录链共\d+条记录，校验完整，末条记录哈希[0-9a-f]{16}/);
  });
});
