import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type WebhookView } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { ItemEntity } from '../src/items/item.entity.js';
import { MAX_DELIVERY_ATTEMPTS, WebhookOutbox } from '../src/notifications/webhook-outbox.js';
import { WebhookDeliveryEntity } from '../src/notifications/webhook-delivery.entity.js';
import { WarningsJob } from '../src/notifications/warnings-job.js';
import { startTestApp, type TestApp } from './test-app.js';

/** A local group robot on 127.0.0.1: records what it receives and answers as told. */
interface Receiver {
  url: string;
  received: Array<{ path: string; contentType: string | undefined; body: unknown }>;
  /** Answers for the next requests, in order; afterwards 200 {"errcode":0}. `hang` never answers. */
  script: Array<{ status: number; body: string } | 'hang'>;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const receiver = { received: [], script: [] } as unknown as Receiver;
  const hanging: Array<IncomingMessage> = [];
  const server: Server = createServer((request, response) => {
    let data = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (data += chunk));
    request.on('end', () => {
      receiver.received.push({ path: request.url ?? '', contentType: request.headers['content-type'], body: JSON.parse(data) });
      const next = receiver.script.shift() ?? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
      if (next === 'hang') return void hanging.push(request);
      response.writeHead(next.status, { 'content-type': 'application/json' }).end(next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

/** A loopback port nobody listens on. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/robot/send?access_token=dead`;
}

let t: TestApp;
let receiver: Receiver;
let outbox: WebhookOutbox;
beforeAll(async () => {
  // The local robots listen on loopback, which only the server operator can allow (WEBHOOK_EXTRA_ORIGINS).
  receiver = await startReceiver();
  t = await startTestApp({ webhookTimeoutMs: 2000, webhookExtraOrigins: ['http://127.0.0.1:*'] });
  outbox = t.app.get(WebhookOutbox);
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const deliveries = () => t.dataSource.getRepository(WebhookDeliveryEntity);
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const replyBy = () => officeDay(5);

async function addHook(body: Record<string, unknown>): Promise<WebhookView> {
  return (await t.as.admin.post('/api/webhooks').send(body).expect(201)).body;
}
async function setOnly(id: string) {
  for (const hook of (await t.as.admin.get('/api/webhooks').expect(200)).body as WebhookView[]) {
    await t.as.admin
      .patch(`/api/webhooks/${hook.id}`)
      .send({ enabled: hook.id === id })
      .expect(200);
  }
}
async function drainAll() {
  await outbox.drain(later(60 * 24 * 7));
}

describe('managing webhooks (admin only)', () => {
  it('adds, lists, edits; refuses other roles and bad addresses', async () => {
    const hook = await addHook({ name: '整改工作群', kind: 'dingtalk', url: `${receiver.url}/robot/send?access_token=abc` });
    expect(hook).toMatchObject({ name: '整改工作群', kind: 'dingtalk', enabled: true, pending: 0, failed: 0, lastError: null });
    const edited = await t.as.admin.patch(`/api/webhooks/${hook.id}`).send({ name: '督查群', kind: 'wecom' }).expect(200);
    expect(edited.body).toMatchObject({ name: '督查群', kind: 'wecom', url: hook.url });
    for (const who of ['leader', 'inspector', 'policyStaff'] as const) {
      expect((await t.as[who].get('/api/webhooks').expect(403)).body.message).toMatch(/不能管理消息推送/);
      await t.as[who].post('/api/webhooks').send({ name: 'x', kind: 'wecom', url: receiver.url }).expect(403);
    }
    const bad = await t.as.admin.post('/api/webhooks').send({ name: '坏地址', kind: 'dingtalk', url: 'file:///etc/passwd' }).expect(400);
    expect(bad.body.message).toMatch(/推送地址须以 http:\/\/ 或 https:\/\/ 开头/);
    await t.as.admin.post('/api/webhooks').send({ name: '', kind: 'feishu', url: receiver.url }).expect(400);
    await t.as.admin.patch(`/api/webhooks/${crypto.randomUUID()}`).send({ enabled: false }).expect(404);
    const list: WebhookView[] = (await t.as.admin.get('/api/webhooks').expect(200)).body;
    expect(list.map((h) => h.name)).toEqual(['督查群']);
  });

  it('the test button sends a text message at once and reports whether it arrived', async () => {
    const hook = await addHook({ name: '测试群', kind: 'wecom', url: `${receiver.url}/cgi-bin/webhook/send?key=k` });
    receiver.received.length = 0;
    expect((await t.as.admin.post(`/api/webhooks/${hook.id}/test`).expect(200)).body).toEqual({ ok: true, message: '发送成功，请到群里查看测试消息' });
    expect(receiver.received[0]).toMatchObject({
      path: '/cgi-bin/webhook/send?key=k',
      body: { msgtype: 'text', text: { content: expect.stringContaining('【整改看板】测试消息') } },
    });
    receiver.script.push({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' });
    // Only "sent" or "failed": no status codes or connection details from the button.
    expect((await t.as.admin.post(`/api/webhooks/${hook.id}/test`).expect(200)).body).toEqual({
      ok: false,
      message: '发送失败，请检查推送地址和群机器人的安全设置',
    });
  });
});

describe('delivery through the outbox', () => {
  it('a 督办单 issued reaches a DingTalk robot as {"msgtype":"text","text":{"content":…}}', async () => {
    const hook = await addHook({ name: '钉钉群', kind: 'dingtalk', url: `${receiver.url}/robot/send?access_token=t1` });
    await setOnly(hook.id);
    receiver.received.length = 0;
    const item = await t.createItem({ departmentId: t.departments.policy });
    await t.as.inspector.post(`/api/items/${item.id}/supervisions`).send({ requirement: '限期报送整改方案', replyBy: replyBy() }).expect(201);
    expect(receiver.received).toEqual([]); // nothing is sent on the request's path
    expect(await outbox.drain(later(0))).toEqual({ attempted: 1, delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.received).toEqual([
      {
        path: '/robot/send?access_token=t1',
        contentType: 'application/json; charset=utf-8',
        body: { msgtype: 'text', text: { content: expect.stringMatching(new RegExp(`^【整改看板】督办：${item.code}\\n.*限期报送整改方案`)) } },
      },
    ]);
    expect(await deliveries().countBy({ webhookId: hook.id, status: 'delivered' })).toBe(1);
  });

  it('a red light reaches a WeCom robot; a 500 and a DingTalk errcode are retried with backoff until delivered', async () => {
    const hook = await addHook({ name: '企业微信群', kind: 'wecom', url: `${receiver.url}/cgi-bin/webhook/send?key=w1` });
    await setOnly(hook.id);
    receiver.received.length = 0;
    receiver.script.push({ status: 500, body: 'busy' }, { status: 200, body: '{"errcode":310000,"errmsg":"keywords not in content"}' });
    const item = await t.createItem({ departmentId: t.departments.policy, rectifyType: 'time_limited' });
    const deadline = officeDay(-2);
    await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { status: 'in_progress', deadline, dueDate: deadline });
    await t.app.get(WarningsJob).run(new Date());

    const now = new Date();
    expect(await outbox.drain(now)).toMatchObject({ attempted: 1, retrying: 1 });
    let row = await deliveries().findOneByOrFail({ webhookId: hook.id });
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: '对方返回 HTTP 500' });
    expect(new Date(row.nextAttemptAt).getTime()).toBeGreaterThan(now.getTime());
    expect(await outbox.drain(now)).toMatchObject({ attempted: 0 }); // not due yet

    expect(await outbox.drain(later(60))).toMatchObject({ attempted: 1, retrying: 1 });
    row = await deliveries().findOneByOrFail({ id: row.id });
    expect(row).toMatchObject({ attempts: 2, lastError: '机器人拒收：errcode 310000（keywords not in content）' });
    expect((await t.as.admin.get('/api/webhooks')).body.find((h: WebhookView) => h.id === hook.id)).toMatchObject({ pending: 1, lastError: row.lastError });

    expect(await outbox.drain(later(120))).toMatchObject({ attempted: 1, delivered: 1 });
    expect(await deliveries().findOneByOrFail({ id: row.id })).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(receiver.received).toHaveLength(3);
    expect(receiver.received[2].body).toEqual({ msgtype: 'text', text: { content: expect.stringContaining(`【整改看板】红灯预警：${item.code} 已逾期`) } });
  });

  it('a dead address never fails a request; it is retried, then given up after the last attempt', async () => {
    const hook = await addHook({ name: '已失效的群', kind: 'dingtalk', url: await deadUrl() });
    await setOnly(hook.id);
    const item = await t.createItem({ departmentId: t.departments.policy });
    for (let i = 0; i < 3; i++) {
      await t.as.inspector
        .post(`/api/items/${item.id}/supervisions`)
        .send({ requirement: `第${i + 1}次督办`, replyBy: replyBy() })
        .expect(201);
    }
    expect((await t.leader.get(`/api/items/${item.id}`).expect(200)).body).toMatchObject({ supervisionCount: 3, openSupervisionCount: 3 });
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) await outbox.drain(later(attempt * 24 * 60));
    const rows = await deliveries().findBy({ webhookId: hook.id });
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS });
      expect(row.lastError).toMatch(/^无法连接：/);
    }
    expect((await t.as.admin.get('/api/webhooks')).body.find((h: WebhookView) => h.id === hook.id)).toMatchObject({ pending: 0, failed: 3 });
    expect((await t.as.admin.post(`/api/webhooks/${hook.id}/test`).expect(200)).body.ok).toBe(false);
  });

  it('a robot that never answers times out and is retried; disabled webhooks get nothing', async () => {
    const hook = await addHook({ name: '不应答的群', kind: 'wecom', url: `${receiver.url}/hang` });
    await setOnly(hook.id);
    receiver.script.push('hang');
    const item = await t.createItem({ departmentId: t.departments.policy });
    await t.as.inspector.post(`/api/items/${item.id}/supervisions`).send({ requirement: '督办', replyBy: replyBy() }).expect(201);
    await outbox.drain(later(0));
    expect(await deliveries().findOneByOrFail({ webhookId: hook.id })).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringMatching(/超时/),
    });
    await drainAll();
    const row = await deliveries().findOneByOrFail({ webhookId: hook.id });
    expect(row).toMatchObject({ status: 'delivered', attempts: 2, lastError: null });

    await t.as.admin.patch(`/api/webhooks/${hook.id}`).send({ enabled: false }).expect(200);
    const before = await deliveries().count();
    await t.as.inspector.post(`/api/items/${item.id}/supervisions`).send({ requirement: '再次督办', replyBy: replyBy() }).expect(201);
    expect(await deliveries().count()).toBe(before);
  });
});
