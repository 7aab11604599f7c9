import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AdminEventView, AdminLogPage, AdminLogVerification } from '@rectify/shared';
import { AdminEventEntity } from '../src/admin-log/admin-event.entity.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const log = async (): Promise<AdminEventView[]> => ((await t.as.inspector.get('/api/admin-log?limit=200').expect(200)).body as AdminLogPage).entries;
const verify = async (): Promise<AdminLogVerification> => (await t.as.inspector.get('/api/admin-log/verify').expect(200)).body;

describe('the admin log', () => {
  it('records who created and changed which account, and never a password', async () => {
    const created = await t.as.admin
      .post('/api/users')
      .send({ username: 'newleader', displayName: '新领导', role: 'leader', password: 'secret-pass-1' })
      .expect(201);
    await t.as.admin.patch(`/api/users/${created.body.id}`).send({ role: 'department', departmentId: t.departments.policy }).expect(200);
    await t.as.admin.patch(`/api/users/${created.body.id}`).send({ password: 'another-secret-2', disabled: true }).expect(200);
    const entries = (await log()).filter((e) => e.targetName === 'newleader');
    expect(entries.map((e) => [e.kind, e.actor])).toEqual([
      ['user.updated', 'admin的姓名'],
      ['user.updated', 'admin的姓名'],
      ['user.created', 'admin的姓名'],
    ]);
    expect(entries[2].after).toMatchObject({ username: 'newleader', role: 'leader' });
    expect(entries[1]).toMatchObject({ before: { role: 'leader', departmentId: null }, after: { role: 'department', departmentId: t.departments.policy } });
    expect(entries[0]).toMatchObject({ before: { disabled: false }, after: { disabled: true, passwordReset: true } });
    const stored = JSON.stringify(await t.dataSource.getRepository(AdminEventEntity).find());
    expect(stored).not.toContain('secret-pass-1');
    expect(stored).not.toContain('another-secret-2');
    expect(stored).not.toContain('scrypt$');
  });

  it('records departments, dictionaries, settings and webhooks (without the robot’s token)', async () => {
    const department = await t.as.admin.post('/api/departments').send({ name: '新设科室', parentId: t.departments.office }).expect(201);
    await t.as.admin.patch(`/api/departments/${department.body.id}`).send({ name: '改名科室' }).expect(200);
    const entry = await t.as.admin.post('/api/dictionaries').send({ kind: 'category', name: '新类别' }).expect(201);
    await t.as.admin.patch(`/api/dictionaries/${entry.body.id}`).send({ active: false }).expect(200);
    await t.as.admin.patch('/api/settings').send({ warningYellowWithinDays: 10, signoffTwoLevel: true }).expect(200);
    const hook = await t.as.admin
      .post('/api/webhooks')
      .send({ name: '钉钉群', kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=TOPSECRET' })
      .expect(201);
    await t.as.admin.patch(`/api/webhooks/${hook.body.id}`).send({ enabled: false }).expect(200);

    const entries = await log();
    const kinds = entries.slice(0, 7).map((e) => [e.kind, e.targetName]);
    expect(kinds).toEqual([
      ['webhook.updated', '钉钉群'],
      ['webhook.created', '钉钉群'],
      ['settings.updated', '系统设置'],
      ['dictionary.updated', '问题类别「新类别」'],
      ['dictionary.created', '问题类别「新类别」'],
      ['department.updated', '新设科室'],
      ['department.created', '新设科室'],
    ]);
    expect(entries[2]).toMatchObject({
      before: { warningYellowWithinDays: 7, signoffTwoLevel: false },
      after: { warningYellowWithinDays: 10, signoffTwoLevel: true },
    });
    expect(entries[1].after).toMatchObject({ url: 'https://oapi.dingtalk.com/robot/send?access_token=…' });
    expect(JSON.stringify(entries)).not.toContain('TOPSECRET');
    expect(await verify()).toEqual({ ok: true, checked: entries.length });
  });

  it('a refused change records nothing', async () => {
    const before = (await log()).length;
    await t.as.admin.post('/api/departments').send({ name: '改名科室' }).expect(422);
    await t.as.admin.patch(`/api/users/${crypto.randomUUID()}`).send({ displayName: '无此人' }).expect(404);
    expect((await log()).length).toBe(before);
  });

  it('is read by 纪检 and the administrator only', async () => {
    await t.as.admin.get('/api/admin-log').expect(200);
    for (const who of ['leader', 'policyStaff'] as const) await t.as[who].get('/api/admin-log').expect(403);
  });

  it('an entry altered or removed in the database breaks the chain there', async () => {
    const rows = await t.dataSource.getRepository(AdminEventEntity).find({ order: { seq: 'ASC' } });
    const target = rows[2];
    const postgres = t.dataSource.options.type === 'postgres';
    await t.dataSource.query(`UPDATE admin_events SET "after" = ${postgres ? '$1' : '?'} WHERE seq = ${postgres ? '$2' : '?'}`, [
      target.after!.replace('"leader"', '"admin"') + 'x',
      target.seq,
    ]);
    expect(await verify()).toEqual({ ok: false, checked: 2, firstBroken: { seq: target.seq, problem: expect.stringMatching(/被改动/) } });
    const shown = (await log()).find((e) => e.seq === target.seq);
    expect(shown).toMatchObject({ unreadable: true });
  });
});

describe('signing in as an account the administrator made', () => {
  it('leaves a trace: the account’s creation is in the log 纪检 reads', async () => {
    await t.as.admin.post('/api/users').send({ username: 'puppet', displayName: '傀儡账号', role: 'leader', password: TEST_PASSWORD }).expect(201);
    expect((await log()).find((e) => e.targetName === 'puppet')).toMatchObject({ kind: 'user.created', actor: 'admin的姓名' });
  });
});
