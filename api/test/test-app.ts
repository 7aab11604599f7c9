import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { CreateItemInput, ItemView } from '@rectify/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import type { AppConfig } from '../src/config/app-config.js';
import { DepartmentEntity } from '../src/departments/department.entity.js';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  departments: { office: string; policy: string; finance: string };
  createItem(overrides?: Partial<CreateItemInput>): Promise<ItemView>;
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
  const app = await createApp({ port: 0, database, demoData: false, webDist: join(folder, 'no-web'), ...config }, { logger: false });
  const dataSource = app.get(DataSource);
  const departments = { office: crypto.randomUUID(), policy: crypto.randomUUID(), finance: crypto.randomUUID() };
  await dataSource.getRepository(DepartmentEntity).insert([
    { id: departments.office, name: '办公室', parentId: null },
    { id: departments.policy, name: '政策法规处', parentId: departments.office },
    { id: departments.finance, name: '财务审计处', parentId: departments.office },
  ]);
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    dataSource,
    departments,
    async createItem(overrides = {}) {
      const response = await http.post('/api/items').send({ ...sampleItem, ...overrides });
      if (response.status !== 201) throw new Error(`创建失败 ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body as ItemView;
    },
    async close() {
      await app.close();
      await postgres?.drop();
      rmSync(folder, { recursive: true, force: true });
    },
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
