import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SessionEntity } from '../src/auth/session.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { bearerClient, startTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, address = '10.0.0.1') =>
  t.http.post('/api/auth/login').set('X-Forwarded-For', address).send({ username, password });

describe('signing in', () => {
  it('gives the browser an httpOnly SameSite=Strict cookie and scripts a bearer token', async () => {
    const response = await login('leader', TEST_PASSWORD).expect(200);
    expect(response.body).toMatchObject({ user: { username: 'leader', role: 'leader' }, token: expect.any(String), csrfToken: expect.any(String) });
    expect(response.body.user.passwordHash).toBeUndefined();
    const cookie = response.headers['set-cookie'][0];
    expect(cookie).toMatch(/^rb_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await bearerClient(t.http, response.body.token).get('/api/auth/me').expect(200);
    expect(me.body.user.username).toBe('leader');
  });

  it('answers a wrong user and a wrong password with the same 401', async () => {
    const unknownUser = await login('nobody', TEST_PASSWORD, '10.0.0.2').expect(401);
    const wrongPassword = await login('inspector', 'wrong-password', '10.0.0.2').expect(401);
    expect(unknownUser.body).toEqual(wrongPassword.body);
    expect(wrongPassword.body.message).toBe('用户名或密码错误');
  });

  it('throttles repeated failures for one account (429), even from changing addresses', async () => {
    for (let i = 0; i < 5; i++) await login('policyStaff', 'wrong', `10.1.0.${i}`).expect(401);
    const throttled = await login('policyStaff', TEST_PASSWORD, '10.1.0.99').expect(429);
    expect(throttled.body.message).toMatch(/登录失败次数过多，请\d+分钟后再试/);
  });

  it('throttles repeated failures from one address across accounts', async () => {
    for (let i = 0; i < 5; i++) await login(`guess${i}`, 'wrong', '10.2.0.1').expect(401);
    await login('financeStaff', TEST_PASSWORD, '10.2.0.1').expect(429);
    await login('financeStaff', TEST_PASSWORD, '10.2.0.2').expect(200);
  });

  it('refuses a disabled account, and its existing sessions stop working', async () => {
    const session = await login('admin', TEST_PASSWORD, '10.3.0.1').expect(200);
    const user = (await t.dataSource.getRepository(UserEntity).findOneBy({ username: 'admin' }))!;
    await t.dataSource.getRepository(UserEntity).update({ id: user.id }, { disabled: true });
    expect((await login('admin', TEST_PASSWORD, '10.3.0.1').expect(401)).body.message).toMatch(/已停用/);
    await bearerClient(t.http, session.body.token).get('/api/departments').expect(401);
    await t.dataSource.getRepository(UserEntity).update({ id: user.id }, { disabled: false });
  });

  it('rejects malformed sign-in bodies in Chinese', async () => {
    expect((await t.http.post('/api/auth/login').send({ username: 'leader' }).expect(400)).body.message).toMatch(/请输入密码/);
    expect((await t.http.post('/api/auth/login').send({ username: 1, password: 2 }).expect(400)).body.message).toMatch(/用户名/);
  });
});

describe('tokens and sessions', () => {
  it('refuses a missing, garbage or malformed token', async () => {
    expect((await t.http.get('/api/board').expect(401)).body.message).toBe('请先登录');
    expect((await t.http.get('/api/board').set('Authorization', 'Bearer not-a-real-token').expect(401)).body.message).toBe('登录已失效，请重新登录');
    expect((await t.http.get('/api/board').set('Authorization', 'Basic abc').expect(401)).body.message).toBe('请先登录');
    expect((await t.http.get('/api/board').set('Cookie', 'rb_session=forged').expect(401)).body.message).toBe('登录已失效，请重新登录');
  });

  it('refuses an expired session', async () => {
    const session = await login('inspector', TEST_PASSWORD, '10.4.0.1').expect(200);
    await t.dataSource.getRepository(SessionEntity).update({ userId: t.userIds.inspector }, { expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await bearerClient(t.http, session.body.token).get('/api/board').expect(401)).body.message).toBe('登录已过期，请重新登录');
  });

  it('logs out: the token no longer works', async () => {
    const session = await login('leader', TEST_PASSWORD, '10.4.0.2').expect(200);
    const client = bearerClient(t.http, session.body.token);
    await client.post('/api/auth/logout').expect(204);
    await client.get('/api/board').expect(401);
  });
});

describe('CSRF protection for browser writes', () => {
  it('a cookie-authenticated write needs the session’s X-CSRF-Token; reads do not', async () => {
    const session = await login('leader', TEST_PASSWORD, '10.5.0.1').expect(200);
    const cookie = `rb_session=${session.body.token}`;
    const item = await t.createItem();
    await t.http.get(`/api/items/${item.id}`).set('Cookie', cookie).expect(200);

    const withoutToken = await t.http.patch(`/api/items/${item.id}`).set('Cookie', cookie).send({ version: 1, owner: '王蕾' }).expect(403);
    expect(withoutToken.body.message).toBe('页面安全令牌已失效，请刷新页面后重试');
    await t.http.patch(`/api/items/${item.id}`).set('Cookie', cookie).set('X-CSRF-Token', 'guess').send({ version: 1, owner: '王蕾' }).expect(403);
    expect((await t.leader.get(`/api/items/${item.id}`)).body.version).toBe(1);

    await t.http.patch(`/api/items/${item.id}`).set('Cookie', cookie).set('X-CSRF-Token', session.body.csrfToken).send({ version: 1, owner: '王蕾' }).expect(200);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, then the new one works, the old one does not, and other sessions end', async () => {
    const first = bearerClient(t.http, (await login('financeStaff', TEST_PASSWORD, '10.6.0.1').expect(200)).body.token);
    const second = bearerClient(t.http, (await login('financeStaff', TEST_PASSWORD, '10.6.0.2').expect(200)).body.token);

    expect((await first.post('/api/auth/password').send({ currentPassword: 'wrong', newPassword: 'brand-new-pass' }).expect(400)).body.message).toBe('当前密码不正确');
    expect((await first.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' }).expect(400)).body.message).toMatch(/密码至少8位/);
    await first.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'brand-new-pass' }).expect(204);

    await first.get('/api/auth/me').expect(200);
    await second.get('/api/auth/me').expect(401);
    await login('financeStaff', TEST_PASSWORD, '10.6.0.3').expect(401);
    await login('financeStaff', 'brand-new-pass', '10.6.0.3').expect(200);
  });
});

describe('the HTTP surface', () => {
  it('sends security headers and no CORS permission', async () => {
    const response = await t.http.get('/api/health').set('Origin', 'https://elsewhere.example').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
