import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SessionEntity } from '../src/users/session.entity.js';
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

  it('counts simultaneous guesses before checking them: 40 at once mostly get 429', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => login('deputy', 'wrong-guess', '10.1.0.1')));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(30);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('a burst of 39 wrong passwords plus the right one does not sign in', async () => {
    const burst = [...Array.from({ length: 39 }, () => 'wrong-guess'), TEST_PASSWORD].map((password) => login('inspector', password, '10.1.1.1'));
    const answers = await Promise.all(burst);
    expect(answers.some((a) => a.status === 200)).toBe(false);
    expect(answers[39].status).toBe(429);
  });

  it('warns before the limit: the 401 tells how many tries are left', async () => {
    const first = await login('policyStaff', 'wrong', '10.1.2.1').expect(401);
    expect(first.body.remainingAttempts).toBe(4);
    const second = await login('policyStaff', 'wrong', '10.1.2.1').expect(401);
    expect(second.body).toMatchObject({ remainingAttempts: 3, message: '用户名或密码错误，还可尝试3次' });
    for (let i = 0; i < 3; i++) await login('policyStaff', 'wrong', '10.1.2.1').expect(401);
    // The sixth try from this address waits; the right password does not get in meanwhile.
    expect((await login('policyStaff', TEST_PASSWORD, '10.1.2.1').expect(429)).body.message).toMatch(/登录失败次数过多，请\d+分钟后再试/);
  });

  it('is no weapon: a guesser elsewhere does not lock the owner out of their own address', async () => {
    await t.as.admin.post('/api/users').send({ username: 'target', displayName: '被猜测的人', role: 'inspector', password: TEST_PASSWORD }).expect(201);
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => login('target', 'wrong', `10.1.3.${i}`)));
    expect(guesses.every((r) => r.status === 401)).toBe(true);
    await login('target', TEST_PASSWORD, '10.1.4.1').expect(200);
    // An address that failed on the account waits once the account has been guessed at too often.
    await login('target', TEST_PASSWORD, '10.1.3.0').expect(429);
  }, 90_000);

  it('one guesser behind an office’s shared address does not lock everyone there out', async () => {
    await login('leader', TEST_PASSWORD, '10.2.0.1').expect(200);
    const sprayed = await Promise.all(Array.from({ length: 40 }, (_, i) => login(`guess${i}`, 'wrong', '10.2.0.1')));
    expect(sprayed.filter((r) => r.status === 401)).toHaveLength(30);
    // Spraying more names from that address waits…
    await login('guess-more', 'wrong', '10.2.0.1').expect(429);
    // …but a colleague who signed in there before still gets in.
    await login('leader', TEST_PASSWORD, '10.2.0.1').expect(200);
  }, 90_000);

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

    await t.http
      .patch(`/api/items/${item.id}`)
      .set('Cookie', cookie)
      .set('X-CSRF-Token', session.body.csrfToken)
      .send({ version: 1, owner: '王蕾' })
      .expect(200);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, then the new one works, the old one does not, and other sessions end', async () => {
    const first = bearerClient(t.http, (await login('financeStaff', TEST_PASSWORD, '10.6.0.1').expect(200)).body.token);
    const second = bearerClient(t.http, (await login('financeStaff', TEST_PASSWORD, '10.6.0.2').expect(200)).body.token);

    expect((await first.post('/api/auth/password').send({ currentPassword: 'wrong', newPassword: 'brand-new-pass' }).expect(400)).body.message).toBe(
      '当前密码不正确',
    );
    expect((await first.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' }).expect(400)).body.message).toMatch(
      /密码至少8位/,
    );
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

describe('guessing the current password (修改密码)', () => {
  it('is counted like a sign-in: after five wrong guesses the right one waits (429)', async () => {
    const client = bearerClient(t.http, (await login('deputy', TEST_PASSWORD, '10.7.0.1').expect(200)).body.token);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(
        (
          await client
            .post('/api/auth/password')
            .set('X-Forwarded-For', '10.7.0.1')
            .send({ currentPassword: `guess-${i}`, newPassword: 'brand-new-pass' })
        ).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    await client
      .post('/api/auth/password')
      .set('X-Forwarded-For', '10.7.0.1')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'brand-new-pass' })
      .expect(429);
  });
});

describe('an administrator’s decision ends the user’s sessions', () => {
  const adminClient = () => t.as.admin;
  const freshSession = async (username: string, address: string) =>
    bearerClient(t.http, (await login(username, TEST_PASSWORD, address).expect(200)).body.token);

  it('on a password reset', async () => {
    const created = await adminClient()
      .post('/api/users')
      .send({ username: 'resetme', displayName: '重设密码', role: 'inspector', password: TEST_PASSWORD })
      .expect(201);
    const client = await freshSession('resetme', '10.8.0.2');
    await client.get('/api/auth/me').expect(200);
    await adminClient().patch(`/api/users/${created.body.id}`).send({ password: 'another-pass-1' }).expect(200);
    await client.get('/api/auth/me').expect(401);
  });

  it('on disable, and the old token stays dead after re-enabling', async () => {
    const created = await adminClient()
      .post('/api/users')
      .send({ username: 'disableme', displayName: '停用', role: 'inspector', password: TEST_PASSWORD })
      .expect(201);
    const client = await freshSession('disableme', '10.8.0.3');
    await adminClient().patch(`/api/users/${created.body.id}`).send({ disabled: true }).expect(200);
    await client.get('/api/auth/me').expect(401);
    await adminClient().patch(`/api/users/${created.body.id}`).send({ disabled: false }).expect(200);
    await client.get('/api/auth/me').expect(401);
  });

  it('on a role or department change', async () => {
    const created = await adminClient()
      .post('/api/users')
      .send({ username: 'moveme', displayName: '调岗', role: 'department', departmentId: t.departments.policy, password: TEST_PASSWORD })
      .expect(201);
    const first = await freshSession('moveme', '10.8.0.4');
    await adminClient().patch(`/api/users/${created.body.id}`).send({ departmentId: t.departments.finance }).expect(200);
    await first.get('/api/auth/me').expect(401);
    const second = await freshSession('moveme', '10.8.0.4');
    await adminClient().patch(`/api/users/${created.body.id}`).send({ role: 'leader', departmentId: null }).expect(200);
    await second.get('/api/auth/me').expect(401);
    // A mere rename is no such decision.
    const third = await freshSession('moveme', '10.8.0.4');
    await adminClient().patch(`/api/users/${created.body.id}`).send({ displayName: '改名' }).expect(200);
    await third.get('/api/auth/me').expect(200);
  });
});
