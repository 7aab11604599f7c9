/**
 * Background jobs when several API processes share one database: a lease per job and cycle, so each
 * cycle runs in exactly one process, and outbox rows claimed before they are posted. A second process
 * is stood in for by a second holder name or a second WebhookOutbox instance.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { APP_CONFIG } from '../src/config/config.module.js';
import { cycleOf, takeLease } from '../src/database/job-lease.js';
import { WriteQueue } from '../src/database/write-queue.js';
import { WarningsJob, WARNINGS_LEASE } from '../src/notifications/warnings-job.js';
import { WebhookDeliveryEntity } from '../src/notifications/webhook-delivery.entity.js';
import { OUTBOX_LEASE, WebhookOutbox } from '../src/notifications/webhook-outbox.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let queue: WriteQueue;
beforeAll(async () => {
  // The robot under test listens on loopback, which only the operator's WEBHOOK_EXTRA_ORIGINS allows.
  t = await startTestApp({ warningJobIntervalMs: 3_600_000, webhookExtraOrigins: ['http://127.0.0.1:*'] });
  queue = t.app.get(WriteQueue);
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
const lease = (name: string, holder: string, now: Date, until: Date) => queue.run((m) => takeLease(m, name, until, now, holder));

describe('job leases', () => {
  it('go to one holder per cycle; the next cycle is open to anyone', async () => {
    const now = at('2026-03-02T08:10:00.000Z');
    const { end } = cycleOf(now, 3_600_000);
    expect(end.toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(await lease('lease-test', 'A', now, end)).toBe(1);
    expect(await lease('lease-test', 'B', at('2026-03-02T08:40:00.000Z'), end)).toBeNull();
    // Not even the holder runs a cycle twice.
    expect(await lease('lease-test', 'A', at('2026-03-02T08:59:59.999Z'), end)).toBeNull();
    expect(await lease('lease-test', 'B', end, at('2026-03-02T10:00:00.000Z'))).toBe(2);
  });

  it('a holder that dies keeps it only until it runs out; a run that rolls back gives it back at once', async () => {
    // A takes the cycle and is never heard of again: B waits for the expiry, then takes over.
    expect(await lease('crash-test', 'A', at('2026-03-02T08:00:01.000Z'), at('2026-03-02T09:00:00.000Z'))).toBe(1);
    expect(await lease('crash-test', 'B', at('2026-03-02T08:30:00.000Z'), at('2026-03-02T09:00:00.000Z'))).toBeNull();
    expect(await lease('crash-test', 'B', at('2026-03-02T09:00:00.000Z'), at('2026-03-02T10:00:00.000Z'))).toBe(2);
    // A run that fails after taking its lease rolls the lease back with its writes.
    await expect(
      queue.run(async (m) => {
        await takeLease(m, 'crash-test', at('2026-03-02T11:00:00.000Z'), at('2026-03-02T10:00:05.000Z'), 'A');
        throw new Error('进程在运行中出错');
      }),
    ).rejects.toThrow('进程在运行中出错');
    expect(await lease('crash-test', 'B', at('2026-03-02T10:00:06.000Z'), at('2026-03-02T11:00:00.000Z'))).toBe(3);
  });
});

describe('the warnings job with a lease', () => {
  it('runs once per cycle, whichever process polls first', async () => {
    await t.createItem({ title: '预警租约' });
    const job = t.app.get(WarningsJob);
    const first = await job.runIfDue(at('2026-05-01T02:00:30.000Z'));
    expect(first).toMatchObject({ cycle: 1, checked: 1 });
    // Later in the same hour: this process (or any other) polls and finds the cycle done.
    expect(await job.runIfDue(at('2026-05-01T02:59:00.000Z'))).toBeNull();
    // Another process took the next hour before this one polled.
    expect(await lease(WARNINGS_LEASE, 'other-process', at('2026-05-01T03:00:10.000Z'), at('2026-05-01T04:00:00.000Z'))).toBe(2);
    expect(await job.runIfDue(at('2026-05-01T03:00:20.000Z'))).toBeNull();
    expect(await job.runIfDue(at('2026-05-01T04:00:05.000Z'))).toMatchObject({ cycle: 3 });
  });
});

describe('the webhook outbox with several processes', () => {
  it('drains once per cycle', async () => {
    const outbox = t.app.get(WebhookOutbox);
    expect(await outbox.drainIfDue(at('2026-05-01T02:00:01.000Z'))).toEqual({ attempted: 0, delivered: 0, retrying: 0, failed: 0 });
    expect(await outbox.drainIfDue(at('2026-05-01T02:00:14.000Z'))).toBeNull();
    expect(await lease(OUTBOX_LEASE, 'other-process', at('2026-05-01T02:00:15.000Z'), at('2026-05-01T02:00:30.000Z'))).not.toBeNull();
  });

  it('never posts a delivery twice while another process is posting it', async () => {
    // A robot that answers only when told: the first process's POST stays in flight.
    const received: string[] = [];
    let answer: () => void = () => undefined;
    const server: Server = createServer((request, response) => {
      received.push(request.url ?? '');
      answer = () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/robot/send?access_token=x`;
      await t.as.admin.post('/api/webhooks').send({ name: '整改工作群', kind: 'dingtalk', url }).expect(201);
      const mine = t.app.get(WebhookOutbox);
      await queue.run((m) => mine.enqueue(m, { title: '测试', text: '只发一次' }));
      // The same outbox code in "another process": its own instance, not sharing this one's in-memory drain.
      const other = new WebhookOutbox(t.app.get(APP_CONFIG), t.dataSource.getRepository(WebhookDeliveryEntity), queue);

      const now = new Date();
      const first = mine.drain(now);
      while (!received.length) await new Promise((r) => setTimeout(r, 10));
      expect(await other.drain(now)).toMatchObject({ attempted: 0 });
      answer();
      expect(await first).toMatchObject({ attempted: 1, delivered: 1 });
      expect(received).toHaveLength(1);
      expect(await t.dataSource.getRepository(WebhookDeliveryEntity).findBy({ status: 'delivered' })).toHaveLength(1);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
