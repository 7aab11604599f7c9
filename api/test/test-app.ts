import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { dueDateOf, type CreateItemInput, type ItemView, type Role } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import type { AppConfig } from '../src/config/app-config.js';
import { DepartmentEntity } from '../src/departments/department.entity.js';
import { ItemEntity } from '../src/items/item.entity.js';
import { hashPassword } from '../src/users/password-hasher.js';
import { UserEntity } from '../src/users/user.entity.js';

export const TEST_PASSWORD = 'test-password-1';

/** The accounts every test app has: one per role, and staff of two different departments. */
export const TEST_USERS = {
  admin: { role: 'admin', department: null },
  leader: { role: 'leader', department: null },
  /** A second leader: 销号 is never reviewed by whoever applied for it. */
  deputy: { role: 'leader', department: null },
  inspector: { role: 'inspector', department: null },
  policyStaff: { role: 'department', department: 'policy' },
  financeStaff: { role: 'department', department: 'finance' },
} as const satisfies Record<string, { role: Role; department: 'policy' | 'finance' | null }>;
export type TestUser = keyof typeof TEST_USERS;

/** Supertest calls that carry one user's bearer token. */
export interface ApiClient {
  token: string;
  get(url: string): request.Test;
  post(url: string): request.Test;
  patch(url: string): request.Test;
}

export interface TestApp {
  app: NestExpressApplication;
  /** Unauthenticated. */
  http: ReturnType<typeof request>;
  as: Record<TestUser, ApiClient>;
  /** Shorthand for as.leader, who may do everything on the board. */
  leader: ApiClient;
  userIds: Record<TestUser, string>;
  dataSource: DataSource;
  departments: { office: string; policy: string; finance: string };
  createItem(overrides?: Partial<CreateItemInput>): Promise<ItemView>;
  /**
   * Stands in for `count` uploaded 佐证材料 files (the evidence counter the 销号 gate reads), for
   * suites about something else; evidence.test.ts covers the upload itself.
   */
  recordEvidence(itemId: string, count?: number): Promise<void>;
  /** 申请销号 by the leader (unless already pending), approved by the deputy: the item ends 已销号. Needs evidence and the gates' data. */
  signOff(item: ItemView, changes?: Record<string, unknown>): Promise<ItemView>;
  close(): Promise<void>;
}

/**
 * The real app on a throwaway SQLite file, migrations applied, three departments and no demo data.
 * With TEST_DATABASE_URL=postgres://… (`npm run test:postgres`) the same suites run on PostgreSQL,
 * each in a fresh schema.
 */
export async function startTestApp(config: Partial<AppConfig> = {}): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'rectify-api-test-'));
  const postgres = process.env.TEST_DATABASE_URL ? await freshPostgresSchema(process.env.TEST_DATABASE_URL) : null;
  const database = postgres?.database ?? ({ type: 'sqlite', path: join(folder, 'test.sqlite') } as const);
  // Trusting the loopback proxy lets tests sign in "from" different addresses via X-Forwarded-For.
  const app = await createApp(
    {
      port: 0,
      database,
      demoData: false,
      webDist: join(folder, 'no-web'),
      filesPath: join(folder, 'files'),
      trustProxy: 'loopback',
      backgroundJobs: false,
      ...config,
    },
    { logger: false },
  );
  const dataSource = app.get(DataSource);
  const departments = { office: crypto.randomUUID(), policy: crypto.randomUUID(), finance: crypto.randomUUID() };
  await dataSource.getRepository(DepartmentEntity).insert([
    { id: departments.office, name: '办公室', parentId: null },
    { id: departments.policy, name: '政策法规处', parentId: departments.office },
    { id: departments.finance, name: '财务审计处', parentId: departments.office },
  ]);
  const http = request(app.getHttpServer());

  const passwordHash = await hashPassword(TEST_PASSWORD);
  const userIds = {} as Record<TestUser, string>;
  const as = {} as Record<TestUser, ApiClient>;
  for (const [username, { role, department }] of Object.entries(TEST_USERS) as Array<[TestUser, (typeof TEST_USERS)[TestUser]]>) {
    userIds[username] = crypto.randomUUID();
    await dataSource.getRepository(UserEntity).insert({
      id: userIds[username],
      username: username.toLowerCase(),
      displayName: `${username}的姓名`,
      role,
      departmentId: department ? departments[department] : null,
      passwordHash,
      disabled: false,
      createdAt: new Date().toISOString(),
    });
    const login = await http.post('/api/auth/login').send({ username, password: TEST_PASSWORD });
    if (login.status !== 200) throw new Error(`测试账号登录失败：${JSON.stringify(login.body)}`);
    as[username] = bearerClient(http, login.body.token);
  }

  return {
    app,
    http,
    as,
    leader: as.leader,
    userIds,
    dataSource,
    departments,
    async createItem(overrides = {}) {
      // A date already past cannot be set today (checkNewDates); an item whose deadline has passed was
      // registered when it still lay ahead: it is stored as if the clock had moved on since.
      const wanted = { ...sampleItem, ...overrides };
      const today = officeDay();
      const passed = (date: string | null | undefined) => (date && date < today ? date : null);
      const later = { deadline: passed(wanted.deadline), nextReviewDate: passed(wanted.nextReviewDate) };
      const sent = { ...wanted, ...(later.deadline ? { deadline: null } : {}), ...(later.nextReviewDate ? { nextReviewDate: null } : {}) };
      const response = await as.leader.post('/api/items').send(sent);
      if (response.status !== 201) throw new Error(`创建失败 ${response.status}: ${JSON.stringify(response.body)}`);
      if (!later.deadline && !later.nextReviewDate) return response.body as ItemView;
      const dates = { deadline: wanted.deadline ?? null, nextReviewDate: wanted.nextReviewDate ?? null };
      await dataSource
        .getRepository(ItemEntity)
        .update({ id: response.body.id }, { ...dates, dueDate: dueDateOf({ rectifyType: wanted.rectifyType ?? null, ...dates }) });
      return (await as.leader.get(`/api/items/${response.body.id}`)).body as ItemView;
    },
    async recordEvidence(itemId, count = 1) {
      await dataSource.getRepository(ItemEntity).increment({ id: itemId }, 'evidenceCount', count);
    },
    async signOff(item, changes) {
      let version = item.version;
      if (item.status !== 'closed') {
        // 申请销号 asks for 原因分析; a test item without one gets it with the application.
        const cause = item.causeAnalysis ? {} : { causeAnalysis: '制度执行不严，督促检查不到位' };
        const sent = { ...cause, ...changes };
        const applied = await as.leader
          .post(`/api/items/${item.id}/move`)
          .send({ to: 'closed', version, ...(Object.keys(sent).length ? { changes: sent } : {}) });
        if (applied.status !== 200) throw new Error(`申请销号失败 ${applied.status}: ${JSON.stringify(applied.body)}`);
        version = applied.body.version;
      }
      // Measures the test left 未完成 are confirmed explicitly, as a reviewer would (checkSignoffApproval).
      const approved = await as.deputy
        .post(`/api/items/${item.id}/signoff`)
        .send({ decision: 'approve', opinion: '同意销号', version, confirmUnfinished: true });
      if (approved.status !== 200) throw new Error(`销号审核失败 ${approved.status}: ${JSON.stringify(approved.body)}`);
      return approved.body as ItemView;
    },
    async close() {
      await app.close();
      await postgres?.drop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function bearerClient(http: ReturnType<typeof request>, token: string): ApiClient {
  const auth = `Bearer ${token}`;
  return {
    token,
    get: (url) => http.get(url).set('Authorization', auth),
    post: (url) => http.post(url).set('Authorization', auth),
    patch: (url) => http.patch(url).set('Authorization', auth),
  };
}

export const sampleItem: CreateItemInput = {
  title: '“三会一课”制度执行不规范',
  description: '部分党支部“三会一课”记录不完整，党课内容与业务结合不紧密，个别支部存在以业务会代替组织生活的现象。',
  source: '巡察反馈',
  batch: '市委第三巡察组反馈意见',
  scope: 'team',
  category: '组织建设',
};

/** A new empty schema, selected through the connection's search_path, and a way to drop it. */
async function freshPostgresSchema(url: string) {
  const schema = `rectify_test_${crypto.randomUUID().replaceAll('-', '')}`;
  const onAdminConnection = async (sql: string) => {
    const admin = new DataSource({ type: 'postgres', url });
    await admin.initialize();
    await admin.query(sql);
    await admin.destroy();
  };
  await onAdminConnection(`CREATE SCHEMA ${schema}`);
  const separator = url.includes('?') ? '&' : '?';
  return {
    database: { type: 'postgres', url: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}` } as const,
    drop: () => onAdminConnection(`DROP SCHEMA ${schema} CASCADE`),
  };
}
