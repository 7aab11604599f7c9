import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../app.factory.js';
import { WriteQueue } from '../database/write-queue.js';
import { DEMO_ITEMS } from '../demo/demo-content.js';
import { DemoHistory } from '../demo/demo-history.js';
import { seedDepartments, seedItems } from '../demo/demo-seeder.js';
import { hashPassword } from '../users/password-hasher.js';
import { UserEntity } from '../users/user.entity.js';

export interface SeededApp {
  app: NestExpressApplication;
  base: string;
  /** `Bearer …` of a leader (who sees every card), as a script would sign in. */
  authorization: string;
  /** The same leader's sign-in, for a browser: username and password. */
  credentials: { username: string; password: string };
}

/**
 * The real app on a SQLite file in `folder`, listening on loopback, with `count` items: the demo
 * items repeated with numbered titles and descriptions, so the spread over columns and lights is real.
 * `webDist`: the built board to serve too (the browser bench); none by default.
 */
export async function startSeededApp(folder: string, databasePath: string, count: number, webDist = join(folder, 'none')): Promise<SeededApp> {
  const app = await createApp(
    { port: 0, database: { type: 'sqlite', path: databasePath }, demoData: false, webDist, filesPath: join(folder, 'files'), backgroundJobs: false },
    { logger: false },
  );
  await app.get(WriteQueue).run(async (manager) => {
    const departments = await seedDepartments(manager);
    const many = Array.from({ length: count }, (_, i) => {
      const demo = DEMO_ITEMS[i % DEMO_ITEMS.length];
      // Without the demo's showcase lifecycle states (待审核 and such): the 台账 bench edits every row
      // not closed, and an application under review is not open to edits.
      return { ...demo, lifecycle: undefined, title: `${demo.title.slice(0, 50)}（${i + 1}）`, description: `${demo.description}（${i + 1}）` };
    });
    const history = new DemoHistory();
    await seedItems(manager, many, departments, new Date(), history);
    await history.write(manager);
    await manager.getRepository(UserEntity).insert({
      id: randomUUID(),
      username: 'bench',
      displayName: '基准测试',
      role: 'leader',
      departmentId: null,
      passwordHash: await hashPassword('bench-password'),
      disabled: false,
      createdAt: new Date().toISOString(),
    });
  });
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'bench-password' }),
  });
  return {
    app,
    base,
    authorization: `Bearer ${((await login.json()) as { token: string }).token}`,
    credentials: { username: 'bench', password: 'bench-password' },
  };
}
