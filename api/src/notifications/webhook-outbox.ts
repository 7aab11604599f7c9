import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository, type EntityManager } from 'typeorm';
import { checkWebhookUrl } from '@rectify/shared';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { cycleOf, takeLease } from '../database/job-lease.js';
import { WriteQueue } from '../database/write-queue.js';
import { robotAccepted, robotPayload, type RobotMessage } from './robot-payload.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEntity } from './webhook.entity.js';

/** A delivery is given up after this many attempts. */
export const MAX_DELIVERY_ATTEMPTS = 6;
/** Wait before the n-th retry: 30 s, 2 min, 8 min, 32 min, ~2 h (capped at 6 h). */
export function retryDelayMs(attemptsMade: number): number {
  return Math.min(30_000 * 4 ** (attemptsMade - 1), 6 * 3_600_000);
}
const DRAIN_EVERY_MS = 15_000;
const BATCH = 20;
/**
 * A claimed delivery is not due again for this long: the claiming process posts it meanwhile (at most
 * BATCH × the POST timeout); if that process dies first, another sends it once the claim runs out.
 */
const CLAIM_MS = 5 * 60_000;
export const OUTBOX_LEASE = 'webhook-outbox';

export interface DrainSummary {
  attempted: number;
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * The webhook outbox. Features enqueue a message in their own transaction (a row per enabled
 * webhook); a background loop posts them, outside any transaction and never on a request's path,
 * with a timeout, retrying with backoff and giving up after MAX_DELIVERY_ATTEMPTS.
 * With several API processes, one of them drains per cycle (a lease, database/job-lease.ts), and a
 * drain claims its rows first (PostgreSQL: FOR UPDATE SKIP LOCKED) by moving them out of the due
 * window, so no delivery is posted twice even if drains overlap.
 */
@Injectable()
export class WebhookOutbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<DrainSummary> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    private readonly writeQueue: WriteQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.backgroundJobs === false) return;
    this.timer = setInterval(() => void this.drainIfDue().catch((e) => this.logger.error(e)), DRAIN_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Queues `message` for every enabled webhook, inside the caller's transaction. Returns how many. */
  async enqueue(manager: EntityManager, message: RobotMessage, at: string = new Date().toISOString()): Promise<number> {
    const hooks = await manager.getRepository(WebhookEntity).findBy({ enabled: true });
    const rows: WebhookDeliveryEntity[] = hooks.map((hook) => ({
      id: randomUUID(),
      webhookId: hook.id,
      payload: JSON.stringify(robotPayload(hook.kind, message)),
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at,
      lastError: null,
      createdAt: at,
      deliveredAt: null,
    }));
    if (rows.length) await manager.getRepository(WebhookDeliveryEntity).insert(rows);
    return rows.length;
  }

  /** Drains if this process takes the current cycle's lease; null when another process has it. */
  async drainIfDue(now: Date = new Date()): Promise<DrainSummary | null> {
    const cycle = await this.writeQueue.run((manager) => takeLease(manager, OUTBOX_LEASE, cycleOf(now, DRAIN_EVERY_MS).end, now));
    return cycle === null ? null : this.drain(now);
  }

  /** Sends what is due at `now`. One drain at a time: a second call waits for the running one. */
  drain(now: Date = new Date()): Promise<DrainSummary> {
    if (!this.draining) this.draining = this.drainOnce(now).finally(() => (this.draining = null));
    return this.draining;
  }

  private async drainOnce(now: Date): Promise<DrainSummary> {
    const summary: DrainSummary = { attempted: 0, delivered: 0, retrying: 0, failed: 0 };
    const due = await this.claimDue(now);
    if (!due.length) return summary;
    const hooks = new Map((await this.deliveries.manager.getRepository(WebhookEntity).find()).map((h) => [h.id, h]));
    for (const delivery of due) {
      const hook = hooks.get(delivery.webhookId);
      summary.attempted++;
      const outcome = hook?.enabled ? await this.post(hook.url, delivery.payload) : ({ ok: false, error: '推送已停用或已删除' } as const);
      const attempts = delivery.attempts + 1;
      const at = new Date().toISOString();
      let change: Partial<WebhookDeliveryEntity>;
      if (outcome.ok) {
        change = { status: 'delivered', attempts, deliveredAt: at, lastError: null };
        summary.delivered++;
      } else if (attempts >= MAX_DELIVERY_ATTEMPTS || !hook?.enabled) {
        change = { status: 'failed', attempts, lastError: outcome.error };
        summary.failed++;
      } else {
        change = { attempts, lastError: outcome.error, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() };
        summary.retrying++;
      }
      await this.writeQueue.run((manager) => manager.getRepository(WebhookDeliveryEntity).update({ id: delivery.id }, change));
    }
    return summary;
  }

  /** The deliveries due at `now`, claimed: not due again for CLAIM_MS (the result replaces that). */
  private claimDue(now: Date): Promise<WebhookDeliveryEntity[]> {
    return this.writeQueue.run(async (manager) => {
      const repository = manager.getRepository(WebhookDeliveryEntity);
      const skipLocked = manager.connection.options.type === 'postgres' ? { lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } as const } : {};
      const due = await repository.find({
        where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now.toISOString()) },
        order: { nextAttemptAt: 'ASC' },
        take: BATCH,
        ...skipLocked,
      });
      if (due.length) await repository.update({ id: In(due.map((d) => d.id)) }, { nextAttemptAt: new Date(now.getTime() + CLAIM_MS).toISOString() });
      return due;
    });
  }

  /** One POST with a timeout. Never throws. */
  async post(url: string, payload: string): Promise<{ ok: true } | { ok: false; error: string }> {
    const timeoutMs = this.config.webhookTimeoutMs ?? 5_000;
    // Checked again at sending: a row stored before the rule (or before the operator narrowed it) is not sent.
    if (checkWebhookUrl(url, this.config.webhookExtraOrigins))
      return { ok: false, error: '推送地址未获允许（只能是钉钉、企业微信群机器人或服务器配置允许的地址）' };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: payload,
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      return robotAccepted(response.status, await response.text());
    } catch (error) {
      const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
      if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { ok: false, error: `${Math.round(timeoutMs / 1000) || 1}秒内没有应答（超时）` };
      const detail = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? '';
      return { ok: false, error: `无法连接：${CONNECTION_ERRORS[detail] ?? (detail || '未知错误')}` };
    }
  }
}

/** Node's connection error codes as an admin reads them (the code stays in brackets for IT staff). */
const CONNECTION_ERRORS: Record<string, string> = {
  ECONNREFUSED: '对方拒绝连接，请检查地址和端口（ECONNREFUSED）',
  ENOTFOUND: '域名无法解析，请检查地址（ENOTFOUND）',
  EAI_AGAIN: '域名暂时无法解析，请检查网络（EAI_AGAIN）',
  ECONNRESET: '连接被对方断开（ECONNRESET）',
  EHOSTUNREACH: '无法到达对方主机（EHOSTUNREACH）',
  ENETUNREACH: '网络不可达（ENETUNREACH）',
  CERT_HAS_EXPIRED: '对方的证书已过期（CERT_HAS_EXPIRED）',
  'bad port': '端口不可用，请检查地址中的端口（bad port）',
};
