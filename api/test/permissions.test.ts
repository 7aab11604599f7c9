import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { officeToday, PERMISSIONS, type Action, type BoardResponse, type ItemView } from '@rectify/shared';
import ExcelJS from 'exceljs';
import { demoPdf } from '../src/demo/demo-evidence.js';
import { WriteQueue } from '../src/database/write-queue.js';
import { NotificationEntity } from '../src/notifications/notification.entity.js';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import { WebhookEntity } from '../src/notifications/webhook.entity.js';
import { hashPassword } from '../src/users/password-hasher.js';
import { ItemEntity } from '../src/items/item.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { sampleItem, startTestApp, TEST_USERS, type ApiClient, type TestApp, type TestUser } from './test-app.js';

/**
 * Every endpoint × every role × own/other department, checked against the shared access table.
 * The item under test belongs to 政策法规处: policyStaff's own department, not financeStaff's.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface Endpoint {
  method: 'get' | 'post' | 'patch';
  /** As in the OpenAPI document. */
  path: string;
  action: Action;
  /** Whether the request concerns one item (so a department's reach depends on whose item it is). */
  itemLevel?: boolean;
  /** Brings the fresh item into the state the endpoint acts on (e.g. a pending 销号 application). */
  prepare?(item: ItemView, user: TestUser): Promise<ItemView>;
  call(client: ApiClient, item: ItemView): Promise<{ status: number; body: { message?: string } }>;
}

/** The gates' data up to 整改中, and one stand-in evidence file, so the item can apply for 销号. */
const runningData = {
  rectifyType: 'time_limited',
  deadline: '2027-06-30',
  owner: '王蕾',
  completion: '已修订学习制度并印发',
  causeAnalysis: '学习制度执行不严',
};
async function inProgress(item: ItemView): Promise<ItemView> {
  const moved = await t.leader.post(`/api/items/${item.id}/move`).send({ to: 'in_progress', version: item.version, changes: runningData }).expect(200);
  return moved.body;
}
async function pendingSignoff(item: ItemView, user: TestUser): Promise<ItemView> {
  const running = await inProgress(item);
  await t.recordEvidence(item.id);
  // Applied by the item's own department, so every other reviewer may take it.
  await t.as.policyStaff.post(`/api/items/${item.id}/move`).send({ to: 'closed', version: running.version }).expect(200);
  // An inspector reviews at the second level: the leader has passed it on.
  if (TEST_USERS[user].role === 'inspector') await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { signoffStage: 'inspector' });
  return (await t.leader.get(`/api/items/${item.id}`).expect(200)).body;
}
async function extensionAsked(item: ItemView): Promise<ItemView> {
  const running = await inProgress(item);
  return (
    await t.as.policyStaff
      .post(`/api/items/${item.id}/extension`)
      .send({ deadline: '2027-09-30', reason: '需等待上级配套文件出台', version: running.version })
      .expect(200)
  ).body;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}${++counter}`;

const endpoints: Endpoint[] = [
  { method: 'get', path: '/api/board', action: 'board.read', call: (c) => c.get('/api/board') },
  { method: 'get', path: '/api/board/columns/{key}', action: 'board.read', call: (c) => c.get('/api/board/columns/found') },
  {
    method: 'post',
    path: '/api/items',
    action: 'item.create',
    itemLevel: true,
    // A self-found problem of 政策法规处: a department may register it only for itself.
    call: (c) =>
      c.post('/api/items').send({
        title: '自查发现的问题',
        description: '对照党章党规查找差距发现的问题。',
        source: '自查自纠',
        batch: '2026年自查自纠',
        scope: 'team',
        category: '作风建设',
        departmentId: t.departments.policy,
      }),
  },
  { method: 'get', path: '/api/items/{id}', action: 'item.read', itemLevel: true, call: (c, item) => c.get(`/api/items/${item.id}`) },
  {
    method: 'patch',
    path: '/api/items/{id}',
    action: 'item.edit',
    itemLevel: true,
    call: (c, item) => c.patch(`/api/items/${item.id}`).send({ version: item.version, owner: '赵颖' }),
  },
  {
    method: 'post',
    path: '/api/items/{id}/move',
    action: 'item.move',
    itemLevel: true,
    call: (c, item) => c.post(`/api/items/${item.id}/move`).send({ to: 'measures', version: item.version }),
  },
  { method: 'get', path: '/api/items/{id}/history', action: 'history.read', itemLevel: true, call: (c, item) => c.get(`/api/items/${item.id}/history`) },
  { method: 'get', path: '/api/audit/verify', action: 'audit.verify', call: (c) => c.get('/api/audit/verify') },
  { method: 'get', path: '/api/admin-log', action: 'admin-log.read', call: (c) => c.get('/api/admin-log') },
  { method: 'get', path: '/api/admin-log/verify', action: 'admin-log.read', call: (c) => c.get('/api/admin-log/verify') },
  { method: 'get', path: '/api/departments', action: 'departments.read', call: (c) => c.get('/api/departments') },
  {
    method: 'post',
    path: '/api/departments',
    action: 'departments.manage',
    call: (c) => c.post('/api/departments').send({ name: unique('新设科室'), parentId: t.departments.office }),
  },
  {
    method: 'patch',
    path: '/api/departments/{id}',
    action: 'departments.manage',
    call: (c) => c.patch(`/api/departments/${t.departments.finance}`).send({ name: unique('财务审计处') }),
  },
  { method: 'get', path: '/api/users', action: 'users.manage', call: (c) => c.get('/api/users') },
  { method: 'get', path: '/api/users/directory', action: 'item.edit', call: (c) => c.get('/api/users/directory') },
  {
    method: 'post',
    path: '/api/users',
    action: 'users.manage',
    call: (c) => c.post('/api/users').send({ username: unique('staff'), displayName: '新同事', role: 'inspector', password: 'long-enough-1' }),
  },
  {
    method: 'patch',
    path: '/api/users/{id}',
    action: 'users.manage',
    call: async (c) => c.patch(`/api/users/${await throwawayUser()}`).send({ displayName: '改名后' }),
  },
  { method: 'get', path: '/api/dictionaries', action: 'dictionaries.read', call: (c) => c.get('/api/dictionaries') },
  {
    method: 'post',
    path: '/api/dictionaries',
    action: 'dictionaries.manage',
    call: (c) => c.post('/api/dictionaries').send({ kind: 'category', name: unique('新类别') }),
  },
  {
    method: 'patch',
    path: '/api/dictionaries/{id}',
    action: 'dictionaries.manage',
    call: async (c) => c.patch(`/api/dictionaries/${await anyDictionaryEntry()}`).send({ sortOrder: 5 }),
  },
  { method: 'get', path: '/api/settings', action: 'settings.read', call: (c) => c.get('/api/settings') },
  { method: 'get', path: '/api/dashboard', action: 'dashboard.read', call: (c) => c.get('/api/dashboard') },
  { method: 'get', path: '/api/reports/problems-and-causes', action: 'report.read', call: (c) => c.get('/api/reports/problems-and-causes') },
  {
    method: 'post',
    path: '/api/reports/problems-and-causes/docx',
    action: 'report.read',
    call: (c) => c.post('/api/reports/problems-and-causes/docx').send({ text: '正文。' }),
  },
  { method: 'get', path: '/api/ledger/export', action: 'ledger.export', call: (c) => c.get('/api/ledger/export') },
  { method: 'get', path: '/api/as-of/compare', action: 'board.read', call: (c) => c.get(`/api/as-of/compare?from=2026-01-01&to=${officeToday(new Date())}`) },
  { method: 'get', path: '/api/as-of/batches', action: 'report.read', call: (c) => c.get('/api/as-of/batches') },
  {
    method: 'get',
    path: '/api/as-of/evaluation',
    action: 'report.read',
    call: (c) => c.get(`/api/as-of/evaluation?batch=${encodeURIComponent(sampleItem.batch)}`),
  },
  { method: 'get', path: '/api/as-of/notice', action: 'report.read', call: (c) => c.get('/api/as-of/notice') },
  { method: 'get', path: '/api/ledger/template', action: 'ledger.import', call: (c) => c.get('/api/ledger/template') },
  {
    method: 'post',
    path: '/api/ledger/import',
    action: 'ledger.import',
    call: async (c) =>
      c
        .post('/api/ledger/import')
        .field('dryRun', 'true')
        .attach('file', await ledgerFile(), '问题清单.xlsx'),
  },
  {
    method: 'post',
    path: '/api/items/{id}/evidence',
    action: 'evidence.upload',
    itemLevel: true,
    call: (c, item) => c.post(`/api/items/${item.id}/evidence`).attach('file', demoPdf('整改完成情况佐证', ['权限检查']), '佐证材料.pdf'),
  },
  { method: 'get', path: '/api/items/{id}/evidence', action: 'evidence.read', itemLevel: true, call: (c, item) => c.get(`/api/items/${item.id}/evidence`) },
  {
    method: 'get',
    path: '/api/evidence/{id}/download',
    action: 'evidence.read',
    itemLevel: true,
    call: async (c, item) => {
      const uploaded = await t.leader.post(`/api/items/${item.id}/evidence`).attach('file', demoPdf('整改完成情况佐证', ['权限检查']), '佐证材料.pdf');
      return c.get(`/api/evidence/${uploaded.body.evidence.id}/download`);
    },
  },
  {
    method: 'post',
    path: '/api/items/{id}/progress',
    action: 'progress.add',
    itemLevel: true,
    call: (c, item) => c.post(`/api/items/${item.id}/progress`).send({ date: '2026-01-05', text: '召开专题会议' }),
  },
  { method: 'get', path: '/api/items/{id}/progress', action: 'item.read', itemLevel: true, call: (c, item) => c.get(`/api/items/${item.id}/progress`) },
  { method: 'patch', path: '/api/settings', action: 'settings.manage', call: (c) => c.patch('/api/settings').send({ warningYellowWithinDays: 7 }) },
  { method: 'get', path: '/api/backup', action: 'backup.manage', call: (c) => c.get('/api/backup') },
  {
    method: 'post',
    path: '/api/backup/run',
    action: 'backup.manage',
    // On PostgreSQL (test:postgres) access passes and the board answers that it has no built-in backup (422, use pg_dump).
    call: async (c) => {
      const response = await c.post('/api/backup/run');
      return response.status === 422 && /pg_dump/.test(response.body.message) ? { status: 200, body: response.body } : response;
    },
  },
  {
    method: 'post',
    path: '/api/items/{id}/signoff',
    action: 'signoff.review',
    itemLevel: true,
    prepare: pendingSignoff,
    call: (c, item) => c.post(`/api/items/${item.id}/signoff`).send({ decision: 'approve', opinion: '同意', version: item.version, confirmUnfinished: true }),
  },
  {
    method: 'post',
    path: '/api/items/{id}/signoff/withdraw',
    action: 'item.move',
    itemLevel: true,
    // Applied by the caller where the caller may apply (the applicant may take it back), else by the department.
    prepare: async (item, user) => {
      const running = await inProgress(item);
      await t.recordEvidence(item.id);
      const applicant = TEST_USERS[user].role === 'leader' ? t.as[user] : t.as.policyStaff;
      return (await applicant.post(`/api/items/${item.id}/move`).send({ to: 'closed', version: running.version }).expect(200)).body;
    },
    call: (c, item) => c.post(`/api/items/${item.id}/signoff/withdraw`).send({ version: item.version }),
  },
  {
    method: 'post',
    path: '/api/items/{id}/extension/withdraw',
    action: 'extension.request',
    itemLevel: true,
    prepare: async (item, user) => {
      const running = await inProgress(item);
      const requester = TEST_USERS[user].role === 'leader' ? t.as[user] : t.as.policyStaff;
      return (
        await requester
          .post(`/api/items/${item.id}/extension`)
          .send({ deadline: '2027-09-30', reason: '需等待上级配套文件出台', version: running.version })
          .expect(200)
      ).body;
    },
    call: (c, item) => c.post(`/api/items/${item.id}/extension/withdraw`).send({ version: item.version }),
  },
  {
    method: 'post',
    path: '/api/items/{id}/reopen',
    action: 'item.reopen',
    itemLevel: true,
    prepare: async (item) => {
      const running = await inProgress(item);
      await t.recordEvidence(item.id);
      return t.signOff(running);
    },
    call: (c, item) => c.post(`/api/items/${item.id}/reopen`).send({ reason: '回头看发现问题反弹', deadline: '2030-06-30', version: item.version }),
  },
  {
    method: 'post',
    path: '/api/items/{id}/extension',
    action: 'extension.request',
    itemLevel: true,
    prepare: inProgress,
    call: (c, item) => c.post(`/api/items/${item.id}/extension`).send({ deadline: '2027-09-30', reason: '需等待上级配套文件出台', version: item.version }),
  },
  {
    method: 'post',
    path: '/api/items/{id}/extension/decision',
    action: 'extension.decide',
    itemLevel: true,
    prepare: extensionAsked,
    call: (c, item) => c.post(`/api/items/${item.id}/extension/decision`).send({ decision: 'approve', version: item.version }),
  },
  {
    method: 'post',
    path: '/api/items/{id}/deadline/correct',
    action: 'deadline.correct',
    itemLevel: true,
    prepare: inProgress,
    call: (c, item) => c.post(`/api/items/${item.id}/deadline/correct`).send({ deadline: '2027-08-31', reason: '交办时笔误', version: item.version }),
  },
  // 督办, notifications, webhooks, overdue view.
  {
    method: 'post',
    path: '/api/items/{id}/supervisions',
    action: 'supervision.issue',
    itemLevel: true,
    call: (c, item) => c.post(`/api/items/${item.id}/supervisions`).send({ requirement: '限期整改', replyBy: '2030-12-31' }),
  },
  { method: 'get', path: '/api/items/{id}/supervisions', action: 'item.read', itemLevel: true, call: (c, item) => c.get(`/api/items/${item.id}/supervisions`) },
  { method: 'get', path: '/api/supervisions', action: 'item.read', call: (c) => c.get('/api/supervisions?open=true') },
  { method: 'get', path: '/api/worklist', action: 'item.read', call: (c) => c.get('/api/worklist') },
  // On a 督办单 of its own policy item, so the item under test stays as it was.
  {
    method: 'post',
    path: '/api/supervisions/{id}/reply',
    action: 'supervision.reply',
    itemLevel: true,
    call: async (c) => c.post(`/api/supervisions/${await freshSupervision()}/reply`).send({ reply: '已整改' }),
  },
  { method: 'get', path: '/api/notifications', action: 'notifications.read', call: (c) => c.get('/api/notifications') },
  { method: 'post', path: '/api/notifications/read-all', action: 'notifications.read', call: (c) => c.post('/api/notifications/read-all') },
  {
    method: 'post',
    path: '/api/notifications/{id}/read',
    action: 'notifications.read',
    call: async (c) => c.post(`/api/notifications/${await ownNotification(c)}/read`),
  },
  { method: 'get', path: '/api/webhooks', action: 'webhooks.manage', call: (c) => c.get('/api/webhooks') },
  {
    method: 'post',
    path: '/api/webhooks',
    action: 'webhooks.manage',
    call: (c) => c.post('/api/webhooks').send({ name: unique('群'), kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=perm' }),
  },
  {
    method: 'patch',
    path: '/api/webhooks/{id}',
    action: 'webhooks.manage',
    call: async (c) => c.patch(`/api/webhooks/${await throwawayWebhook()}`).send({ enabled: false }),
  },
  { method: 'post', path: '/api/webhooks/{id}/test', action: 'webhooks.manage', call: async (c) => c.post(`/api/webhooks/${await throwawayWebhook()}/test`) },
  { method: 'get', path: '/api/overdue', action: 'overdue.read', call: (c) => c.get('/api/overdue') },
  { method: 'get', path: '/api/overdue/export', action: 'overdue.read', call: (c) => c.get('/api/overdue/export') },
  { method: 'get', path: '/api/overdue/past', action: 'overdue.read', call: (c) => c.get('/api/overdue/past') },
];

async function freshSupervision(): Promise<string> {
  const item = await freshItem();
  return (await t.as.inspector.post(`/api/items/${item.id}/supervisions`).send({ requirement: '限期整改', replyBy: '2030-12-31' }).expect(201)).body.id;
}

/** A notification of the caller's own (a random id when nobody is signed in). */
async function ownNotification(c: ApiClient): Promise<string> {
  const me = await c.get('/api/auth/me');
  if (me.status !== 200) return crypto.randomUUID();
  const notifications = t.app.get(NotificationsService);
  const [id] = await t.app.get(WriteQueue).run(async (manager) => {
    await notifications.notify(manager, { userIds: [me.body.user.id] }, { kind: 'other', title: '提醒', body: '正文' });
    return (await manager.getRepository(NotificationEntity).find({ where: { userId: me.body.user.id }, order: { createdAt: 'DESC' }, take: 1 })).map(
      (n) => n.id,
    );
  });
  return id;
}

async function throwawayWebhook(): Promise<string> {
  const id = crypto.randomUUID();
  const at = new Date().toISOString();
  await t.dataSource
    .getRepository(WebhookEntity)
    .insert({ id, name: unique('群'), kind: 'wecom', url: 'http://127.0.0.1:9/robot', enabled: true, createdAt: at, updatedAt: at });
  return id;
}

/** Reachable by anyone signed in, whatever the role (tested in auth.test.ts), or by nobody signed in. */
const notInTable = ['post /api/auth/login', 'post /api/auth/logout', 'get /api/auth/me', 'post /api/auth/password', 'get /api/health'];
// The first-run setup (setup.test.ts): reachable unsigned, guarded by the one-time token in the server log.
notInTable.push('get /api/setup', 'post /api/setup');

type Expected = 'allowed' | 403 | 404;

function expected(endpoint: Endpoint, user: TestUser): Expected {
  const { role, department } = TEST_USERS[user];
  const reach = PERMISSIONS[endpoint.action][role];
  if (reach === 'none') return 403;
  if (reach === 'all' || !endpoint.itemLevel) return 'allowed';
  const own = department === 'policy';
  if (own) return 'allowed';
  // Another department's item is "not found"; registering a problem for another department is refused.
  return endpoint.action === 'item.create' ? 403 : 404;
}

/** An item of 政策法规处 that could move to 制定措施, created fresh for each check. */
async function freshItem(): Promise<ItemView> {
  return t.createItem({ departmentId: t.departments.policy, leader: '李卫东', measures: [{ content: '修订学习制度' }] });
}

/** A one-row 问题清单 workbook, as an office would upload it. */
async function ledgerFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题清单');
  sheet.addRow(['问题描述', '问题来源', '问题类别']);
  sheet.addRow(['导入的问题。', '巡察反馈', '组织建设']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function anyDictionaryEntry(): Promise<string> {
  return (await t.leader.get('/api/dictionaries')).body.cause_tag[0].id;
}

async function throwawayUser(): Promise<string> {
  const id = crypto.randomUUID();
  await t.dataSource.getRepository(UserEntity).insert({
    id,
    username: unique('temp'),
    displayName: '临时',
    role: 'inspector',
    departmentId: null,
    passwordHash: await hashPassword('x'),
    disabled: false,
    createdAt: new Date().toISOString(),
  });
  return id;
}

describe('the access table, endpoint by endpoint', () => {
  it('covers every endpoint the API offers', async () => {
    const docs = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const offered = Object.entries(docs.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
    const covered = [...endpoints.map((e) => `${e.method} ${e.path}`), ...notInTable];
    expect(offered.sort()).toEqual([...new Set(covered)].sort());
  });

  for (const endpoint of endpoints) {
    for (const user of Object.keys(TEST_USERS) as TestUser[]) {
      const outcome = expected(endpoint, user);
      it(`${endpoint.method.toUpperCase()} ${endpoint.path} as ${user}: ${outcome === 'allowed' ? 'allowed' : `refused ${outcome}`}`, async () => {
        const item = await (endpoint.prepare?.(await freshItem(), user) ?? freshItem());
        const response = await endpoint.call(t.as[user], item);
        if (outcome === 'allowed') {
          expect(response.status).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(300);
        } else {
          expect(response.status).toBe(outcome);
          expect(response.body.message).toMatch(/[\u4e00-\u9fa5]/);
          if (
            endpoint.itemLevel &&
            endpoint.action !== 'item.read' &&
            endpoint.action !== 'history.read' &&
            endpoint.action !== 'evidence.read' &&
            endpoint.action !== 'item.create'
          ) {
            // A refused write left the item as it was.
            expect((await t.leader.get(`/api/items/${item.id}`)).body).toEqual(item);
          }
        }
      });
    }
  }

  it('every endpoint refuses a caller who is not signed in', async () => {
    const anonymous = { token: '', get: (u: string) => t.http.get(u), post: (u: string) => t.http.post(u), patch: (u: string) => t.http.patch(u) };
    for (const endpoint of endpoints) {
      const response = await endpoint.call(anonymous, await (endpoint.prepare?.(await freshItem(), 'leader') ?? freshItem()));
      expect([endpoint.path, response.status, response.body.message]).toEqual([endpoint.path, 401, '请先登录']);
    }
  });
});

describe('a department sees and changes only its own items', () => {
  it('the board of a department user holds only items its department leads or co-operates on', async () => {
    const own = await t.createItem({ title: '本部门牵头的问题', departmentId: t.departments.finance });
    const cooperating = await t.createItem({ title: '本部门配合的问题', departmentId: t.departments.office, coDepartmentIds: [t.departments.finance] });
    const board: BoardResponse = (await t.as.financeStaff.get('/api/board?limit=500').expect(200)).body;
    const ids = board.columns.flatMap((c) => c.items.map((i) => i.id));
    expect(ids.sort()).toEqual([own.id, cooperating.id].sort());
    expect(board.columns.reduce((sum, c) => sum + c.total, 0)).toBe(2);
    // The co-operating department may work on the item too.
    await t.as.financeStaff.patch(`/api/items/${cooperating.id}`).send({ version: 1, owner: '陈晓' }).expect(200);
  });

  it('refuses a department user who forges another department into an item', async () => {
    const item = await t.createItem({ departmentId: t.departments.policy });
    const forged = await t.as.policyStaff.patch(`/api/items/${item.id}`).send({ version: 1, departmentId: t.departments.finance }).expect(403);
    expect(forged.body.message).toBe('责任部门和配合部门由领导交办，不能自行修改');
    const viaMove = await t.as.policyStaff
      .post(`/api/items/${item.id}/move`)
      .send({ to: 'measures', version: 1, changes: { coDepartmentIds: [t.departments.finance], measures: [{ content: '整改' }], leader: '李卫东' } })
      .expect(403);
    expect(viaMove.body.message).toMatch(/由领导交办/);
    expect((await t.leader.get(`/api/items/${item.id}`)).body).toEqual(item);
  });

  it('lets a department register only 自查自纠 problems, and only for itself', async () => {
    const base = { title: '自查问题', description: '自查发现的问题。', batch: '2026年自查自纠', scope: 'team', category: '作风建设' };
    const other = await t.as.policyStaff
      .post('/api/items')
      .send({ ...base, source: '巡察反馈', departmentId: t.departments.policy })
      .expect(403);
    expect(other.body.message).toMatch(/只能登记“自查自纠”/);
    const unassigned = await t.as.policyStaff
      .post('/api/items')
      .send({ ...base, source: '自查自纠' })
      .expect(403);
    expect(unassigned.body.message).toBe('只能为本部门登记问题');
    await t.as.policyStaff
      .post('/api/items')
      .send({ ...base, source: '自查自纠', departmentId: t.departments.policy })
      .expect(201);
  });

  it('an inspector reads everything and changes nothing', async () => {
    const item = await t.createItem({ departmentId: t.departments.finance });
    await t.as.inspector.get(`/api/items/${item.id}`).expect(200);
    const refused = await t.as.inspector.post(`/api/items/${item.id}/move`).send({ to: 'measures', version: 1 }).expect(403);
    expect(refused.body.message).toBe('纪检账号不能移动卡片');
  });
});
