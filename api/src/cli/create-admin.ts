/**
 * `npm run create-admin -- --username <name> [--name <显示名>] [--password <密码>]`
 * Creates a system administrator in the configured database (DATABASE_PATH / DATABASE_URL), e.g. the
 * first account of a database started with DEMO_DATA=false. Without --password (or ADMIN_PASSWORD) it
 * asks for the password at the terminal.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { createUserSchema, describeIssues } from '@rectify/shared';
import { AppModule } from '../app.module.js';
import { DomainError } from '../common/domain-errors.js';
import { loadConfig } from '../config/app-config.js';
import { UsersService } from '../users/users.service.js';

const { values } = parseArgs({
  options: { username: { type: 'string', default: 'admin' }, name: { type: 'string', default: '系统管理员' }, password: { type: 'string' } },
});

const password = values.password ?? process.env.ADMIN_PASSWORD ?? (await ask(`请输入管理员「${values.username}」的密码（至少8位）：`));
const request = createUserSchema.safeParse({ username: values.username, displayName: values.name, role: 'admin', password });
if (!request.success) {
  console.error(
    `未创建：${describeIssues(request.error.issues)
      .map((p) => p.message)
      .join('；')}`,
  );
  process.exit(1);
}

const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...loadConfig(), demoData: false }), { logger: ['error'] });
try {
  const user = await app.get(UsersService).create(request.data, { id: null, displayName: '命令行（create-admin）' });
  console.log(`已创建系统管理员「${user.username}」（${user.displayName}），可在看板登录页登录。`);
} catch (error) {
  console.error(`未创建：${error instanceof DomainError ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await app.close();
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    console.error('请用 --password 或环境变量 ADMIN_PASSWORD 提供密码');
    process.exit(1);
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await terminal.question(question);
  terminal.close();
  return answer;
}
