import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot, startBuiltApp, type RunningApp } from '../support/app-server.js';
import { screenshotPath } from '../support/browser.js';
import { useBuiltAppInBrowser } from '../support/fixture.js';

/**
 * An office's first start: DEMO_DATA=false on an empty database, so nobody can sign in until a first
 * 系统管理员 exists — made either with README's command line or with the setup link in the server log.
 */
const fixture = useBuiltAppInBrowser({ env: { DEMO_DATA: 'false' } });

describe("README's create-admin command", () => {
  it('typed from the repository root exactly as README shows it, creates an administrator who signs in', async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const command = readme.split('\n').find((line) => line.startsWith('npm run create-admin'));
    expect(command).toBe('npm run create-admin -- --username admin --name 系统管理员');

    const folder = mkdtempSync(join(tmpdir(), 'rectify-create-admin-'));
    const databasePath = join(folder, 'office.sqlite');
    let app: RunningApp | undefined;
    try {
      // A shell in a fresh terminal: none of the npm_* variables of the npm running this test.
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')));
      const run = await runInShell(command!, { ...env, DATABASE_PATH: databasePath, DEMO_DATA: 'false', ADMIN_PASSWORD: 'bangong-2026' });
      expect({ code: run.code, said: run.output.match(/已创建系统管理员.*|未创建.*|Error.*/g) }).toEqual({
        code: 0,
        said: ['已创建系统管理员「admin」（系统管理员），可在看板登录页登录。'],
      });

      app = await startBuiltApp({ databasePath, env: { DEMO_DATA: 'false' } });
      const login = await fetch(`${app.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'bangong-2026' }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { user: unknown }).user).toMatchObject({ username: 'admin', displayName: '系统管理员', role: 'admin' });
      // With an administrator, no setup link is offered.
      expect(app.output()).not.toMatch(/setup\?token=/);
    } finally {
      await app?.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('the first-run setup page', () => {
  it('creates the first administrator from the link in the server log, once; the administrator then signs in', async () => {
    const page = fixture.page;
    const link = await setupLinkFromLog(fixture.app);
    expect(link).toMatch(new RegExp(`^http://localhost:${fixture.app.port}/setup\\?token=[A-Za-z0-9_-]{32}$`));

    // The sign-in page says where the way in is.
    await page.goto(`${fixture.app.baseUrl}/login`);
    await page.getByText('看板尚未初始化').waitFor();
    await page.screenshot({ path: screenshotPath('first-run-login') });

    await page.goto(link);
    await page.getByRole('heading', { name: '整改看板 · 初始化' }).waitFor();
    await page.getByLabel('用户名').fill('zhangwei');
    await page.getByLabel('姓名').fill('张伟');
    await page.getByLabel('密码', { exact: true }).fill('chushi-mima-2026');
    await page.getByLabel('确认密码').fill('chushi-mima-2025');
    await page.getByRole('button', { name: '创建系统管理员' }).click();
    await page.getByText('两次输入的密码不一致').waitFor();
    await page.screenshot({ path: screenshotPath('first-run-setup-mismatch') });

    await page.getByLabel('确认密码').fill('chushi-mima-2026');
    await page.getByRole('button', { name: '创建系统管理员' }).click();
    await page.getByText('已创建系统管理员「zhangwei」').waitFor();
    await page.screenshot({ path: screenshotPath('first-run-setup-done') });
    expect(fixture.app.output()).toMatch(/已通过初始化链接创建第一个系统管理员「zhangwei」（张伟/);

    await page.getByRole('button', { name: '前往登录' }).click();
    await page.getByLabel('用户名').fill('zhangwei');
    await page.getByLabel('密码').fill('chushi-mima-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('users-table').waitFor();
    expect(await page.getByText('张伟').first().isVisible()).toBe(true);

    // The link is dead: the page says so, and the API refuses it.
    const again = await fixture.newPage();
    await again.goto(link);
    await again.getByText('看板已有系统管理员').waitFor();
    expect(await again.getByRole('button', { name: '创建系统管理员' }).count()).toBe(0);
    const reuse = await postSetup(again, new URL(link).searchParams.get('token')!);
    expect(reuse).toEqual({ status: 409, message: '看板已有系统管理员，初始化链接已失效，请直接登录' });
  });
});

async function setupLinkFromLog(app: RunningApp): Promise<string> {
  const pattern = /http:\/\/localhost:\d+\/setup\?token=[A-Za-z0-9_-]+/;
  // Printed right after the server starts listening, so it may follow the first health answer.
  for (let i = 0; i < 100 && !pattern.test(app.output()); i++) await new Promise((r) => setTimeout(r, 100));
  const found = pattern.exec(app.output());
  if (!found) throw new Error(`服务器日志中没有初始化链接：\n${app.output()}`);
  return found[0];
}

async function postSetup(page: Page, token: string): Promise<{ status: number; message: string }> {
  return page.evaluate(async (t) => {
    const response = await fetch('/api/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: t, username: 'intruder', displayName: '外人', password: 'intruder-2026', confirmPassword: 'intruder-2026' }),
    });
    return { status: response.status, message: ((await response.json()) as { message: string }).message };
  }, token);
}

function runInShell(command: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn('sh', ['-c', command], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolveRun({ code, output }));
  });
}
