import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Department, UserView } from '@rectify/shared';
import { bearerClient, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('users (admin)', () => {
  it('creates a department user who can then sign in and sees their department', async () => {
    const created = await t.as.admin
      .post('/api/users')
      .send({ username: 'Zhao.Ying', displayName: '赵颖', role: 'department', departmentId: t.departments.finance, password: 'first-pass-1' })
      .expect(201);
    expect(created.body).toMatchObject({ username: 'zhao.ying', displayName: '赵颖', role: 'department', departmentName: '财务审计处', disabled: false });
    expect(created.body.passwordHash).toBeUndefined();
    const login = await t.http.post('/api/auth/login').send({ username: 'zhao.ying', password: 'first-pass-1' }).expect(200);
    expect(login.body.user.departmentName).toBe('财务审计处');
  });

  it('refuses bad accounts in Chinese and creates nothing', async () => {
    const before: UserView[] = (await t.as.admin.get('/api/users')).body;
    const cases: Array<[object, number, RegExp]> = [
      [{ username: 'ab', displayName: '甲', role: 'leader', password: 'long-enough' }, 400, /用户名为3–40位/],
      [{ username: 'newleader', displayName: '甲', role: 'boss', password: 'long-enough' }, 400, /角色只能是/],
      [{ username: 'newleader', displayName: '甲', role: 'department', password: 'long-enough' }, 400, /须选择所属部门/],
      [{ username: 'newleader', displayName: '甲', role: 'leader', password: '123' }, 400, /密码至少8位/],
      [{ username: 'leader', displayName: '甲', role: 'leader', password: 'long-enough' }, 422, /已被使用/],
      [{ username: 'newdept', displayName: '甲', role: 'department', departmentId: crypto.randomUUID(), password: 'long-enough' }, 422, /部门不存在/],
    ];
    for (const [body, status, message] of cases) {
      const response = await t.as.admin.post('/api/users').send(body);
      expect([response.status, response.body.message]).toEqual([status, expect.stringMatching(message)]);
    }
    expect((await t.as.admin.get('/api/users')).body).toEqual(before);
  });

  it('disables a user: they cannot sign in, and their name stays in history', async () => {
    const item = await t.createItem();
    await t.as.admin.patch(`/api/users/${t.userIds.leader}`).send({ disabled: true }).expect(200);
    const login = await t.http.post('/api/auth/login').send({ username: 'leader', password: 'test-password-1' }).expect(401);
    expect(login.body.message).toMatch(/已停用/);
    const history = await t.as.inspector.get(`/api/items/${item.id}/history`).expect(200);
    expect(history.body[0].actor).toBe('leader的姓名');
    await t.as.admin.patch(`/api/users/${t.userIds.leader}`).send({ disabled: false }).expect(200);
    // Disabling ended the leader's sessions for good; re-enabled, they sign in anew.
    await t.as.leader.get('/api/auth/me').expect(401);
    const again = await t.http.post('/api/auth/login').send({ username: 'leader', password: 'test-password-1' }).expect(200);
    t.as.leader = bearerClient(t.http, again.body.token);
    t.leader = t.as.leader;
  });

  it('an admin cannot lock themself out', async () => {
    const response = await t.as.admin.patch(`/api/users/${t.userIds.admin}`).send({ disabled: true }).expect(422);
    expect(response.body.message).toMatch(/不能停用自己的账号/);
    await t.as.admin.patch(`/api/users/${t.userIds.admin}`).send({ role: 'leader' }).expect(422);
  });

  it('resets a forgotten password', async () => {
    await t.as.admin.patch(`/api/users/${t.userIds.inspector}`).send({ password: 'reset-by-admin' }).expect(200);
    await t.http.post('/api/auth/login').send({ username: 'inspector', password: 'reset-by-admin' }).expect(200);
  });

  it('answers 404 for an unknown user', async () => {
    expect((await t.as.admin.patch(`/api/users/${crypto.randomUUID()}`).send({ displayName: '某人' }).expect(404)).body.message).toBe('用户不存在');
  });
});

describe('departments (admin)', () => {
  it('builds the tree: a 科室 under a 处室', async () => {
    const section = await t.as.admin.post('/api/departments').send({ name: '预算科', parentId: t.departments.finance }).expect(201);
    const list: Department[] = (await t.as.leader.get('/api/departments')).body;
    expect(list.find((d) => d.id === section.body.id)).toEqual({ id: section.body.id, name: '预算科', parentId: t.departments.finance });
  });

  it('refuses duplicates, unknown parents and cycles, changing nothing', async () => {
    const before = (await t.as.admin.get('/api/departments')).body;
    expect((await t.as.admin.post('/api/departments').send({ name: '办公室' }).expect(422)).body.message).toBe('部门「办公室」已存在');
    expect((await t.as.admin.post('/api/departments').send({ name: '新处', parentId: crypto.randomUUID() }).expect(422)).body.message).toBe('上级部门不存在');
    // 办公室 is the unit; putting it under its own 处室 would make a loop.
    expect((await t.as.admin.patch(`/api/departments/${t.departments.office}`).send({ parentId: t.departments.policy }).expect(422)).body.message).toMatch(
      /不能把部门放到它自己或其下级部门之下/,
    );
    expect((await t.as.admin.patch(`/api/departments/${t.departments.office}`).send({ parentId: t.departments.office }).expect(422)).body.message).toMatch(
      /不能把部门放到/,
    );
    expect((await t.as.admin.post('/api/departments').send({ name: '' }).expect(400)).body.message).toMatch(/请填写部门名称/);
    expect((await t.as.admin.get('/api/departments')).body).toEqual(before);
  });
});
