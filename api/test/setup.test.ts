import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserEntity } from '../src/users/user.entity.js';
import { SetupService } from '../src/setup/setup.service.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * First run without an administrator: the one-time link printed in the server log creates the first
 * 系统管理员, once; a wrong token, a second use, or a database that already has one are refused.
 */
let t: TestApp;
let setup: SetupService;
beforeAll(async () => {
  t = await startTestApp();
  setup = t.app.get(SetupService);
});
afterAll(() => t.close());

const users = () => t.dataSource.getRepository(UserEntity);
const firstAdmin = (token: string, overrides: Record<string, unknown> = {}) => ({
  token,
  username: 'zhangwei',
  displayName: '张伟',
  password: 'chushi-mima-2026',
  confirmPassword: 'chushi-mima-2026',
  ...overrides,
});
const tokenOf = (links: string[]) => new URL(links[0]).searchParams.get('token')!;

describe('with an administrator in the database', () => {
  it('opens no setup link, is not pending, and refuses any token with a Chinese 409', async () => {
    expect(await setup.openIfNoAdministrator(3000)).toEqual([]);
    expect((await t.http.get('/api/setup').expect(200)).body).toEqual({ pending: false });
    const refused = await t.http.post('/api/setup').send(firstAdmin('guessed-token')).expect(409);
    expect(refused.body.message).toBe('看板已有系统管理员，初始化链接已失效，请直接登录');
    expect(await users().existsBy({ username: 'zhangwei' })).toBe(false);
  });
});

describe('on a database without an administrator', () => {
  let links: string[];
  let token: string;
  beforeAll(async () => {
    // The test app's admin becomes a leader: the database now has accounts but no 系统管理员.
    await users().update({ role: 'admin' }, { role: 'leader' });
    links = await setup.openIfNoAdministrator(3000);
    token = tokenOf(links);
  });

  it('prints a setup link with a long random token, and says setup is pending', async () => {
    expect(links[0]).toMatch(/^http:\/\/localhost:3000\/setup\?token=[A-Za-z0-9_-]{32}$/);
    expect((await t.http.get('/api/setup').expect(200)).body).toEqual({ pending: true });
  });

  it('refuses a wrong token with 403 and creates nothing', async () => {
    const before = await users().count();
    const wrong = await t.http
      .post('/api/setup')
      .send(firstAdmin(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`))
      .expect(403);
    expect(wrong.body.message).toBe('初始化链接无效，请使用看板服务器日志中显示的初始化链接');
    await t.http.post('/api/setup').send(firstAdmin('short')).expect(403);
    expect(await users().count()).toBe(before);
  });

  it('refuses a form that breaks the account rules with 400 in Chinese; the link still works afterwards', async () => {
    const before = await users().count();
    const mismatch = await t.http
      .post('/api/setup')
      .send(firstAdmin(token, { confirmPassword: 'something-else' }))
      .expect(400);
    expect(mismatch.body.message).toMatch(/两次输入的密码不一致/);
    const weak = await t.http
      .post('/api/setup')
      .send(firstAdmin(token, { username: 'a b', password: 'short', confirmPassword: 'short' }))
      .expect(400);
    expect(weak.body.message).toMatch(/用户名为3–40位/);
    expect(weak.body.message).toMatch(/密码至少8位/);
    const taken = await t.http
      .post('/api/setup')
      .send(firstAdmin(token, { username: 'leader' }))
      .expect(422);
    expect(taken.body.message).toMatch(/已被使用/);
    expect(await users().count()).toBe(before);
    expect((await t.http.get('/api/setup').expect(200)).body).toEqual({ pending: true });
  });

  it('creates the first administrator once, who then signs in; the link dies', async () => {
    const created = await t.http.post('/api/setup').send(firstAdmin(token)).expect(201);
    expect(created.body).toMatchObject({ username: 'zhangwei', displayName: '张伟', role: 'admin', departmentId: null, disabled: false });
    expect(created.body.passwordHash).toBeUndefined();

    const login = await t.http.post('/api/auth/login').send({ username: 'zhangwei', password: 'chushi-mima-2026' }).expect(200);
    expect(login.body.user).toMatchObject({ username: 'zhangwei', role: 'admin' });

    const again = await t.http
      .post('/api/setup')
      .send(firstAdmin(token, { username: 'intruder' }))
      .expect(409);
    expect(again.body.message).toBe('看板已有系统管理员，初始化链接已失效，请直接登录');
    expect(await users().existsBy({ username: 'intruder' })).toBe(false);
    expect(await users().countBy({ role: 'admin' })).toBe(1);
    expect((await t.http.get('/api/setup').expect(200)).body).toEqual({ pending: false });
  });

  it('lets only one of two simultaneous uses of the link through', async () => {
    await users().update({ role: 'admin' }, { role: 'leader' });
    const fresh = tokenOf(await setup.openIfNoAdministrator(3000));
    const answers = await Promise.all([
      t.http.post('/api/setup').send(firstAdmin(fresh, { username: 'first-one' })),
      t.http.post('/api/setup').send(firstAdmin(fresh, { username: 'second-one' })),
    ]);
    const [winner, loser] = [...answers].sort((a, b) => a.status - b.status);
    expect(winner.status).toBe(201);
    // Refused as a used link (403) or, if the first one had already finished, as already set up (409).
    expect([403, 409]).toContain(loser.status);
    expect(await users().countBy({ role: 'admin' })).toBe(1);
  });

  it('is no longer open once an administrator exists by other means (npm run create-admin)', async () => {
    await users().update({ role: 'admin' }, { role: 'leader' });
    const fresh = tokenOf(await setup.openIfNoAdministrator(3000));
    await users().update({ username: 'zhangwei' }, { role: 'admin' });
    expect((await t.http.get('/api/setup').expect(200)).body).toEqual({ pending: false });
    await t.http
      .post('/api/setup')
      .send(firstAdmin(fresh, { username: 'late-comer' }))
      .expect(409);
    expect(await users().existsBy({ username: 'late-comer' })).toBe(false);
  });
});
