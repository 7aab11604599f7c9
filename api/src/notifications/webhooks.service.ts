import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CreateWebhookRequest, UpdateWebhookRequest, WebhookTestResult, WebhookView } from '@rectify/shared';
import { Repository } from 'typeorm';
import { NotFoundError } from '../common/domain-errors.js';
import { WriteQueue } from '../database/write-queue.js';
import { robotPayload } from './robot-payload.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { WebhookEntity } from './webhook.entity.js';

const NOT_FOUND = '推送配置不存在';

/** The admin's list of group robots. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    private readonly outbox: WebhookOutbox,
    private readonly writeQueue: WriteQueue,
  ) {}

  async list(): Promise<WebhookView[]> {
    const hooks = await this.webhooks.find({ order: { createdAt: 'ASC' } });
    return Promise.all(hooks.map((hook) => this.view(hook)));
  }

  async create(request: CreateWebhookRequest): Promise<WebhookView> {
    const at = new Date().toISOString();
    const hook: WebhookEntity = { id: randomUUID(), ...request, createdAt: at, updatedAt: at };
    await this.writeQueue.run((manager) => manager.getRepository(WebhookEntity).insert(hook));
    return this.view(hook);
  }

  async update(id: string, request: UpdateWebhookRequest): Promise<WebhookView> {
    const updated = await this.writeQueue.run(async (manager) => {
      const repository = manager.getRepository(WebhookEntity);
      const hook = await repository.findOneBy({ id });
      if (!hook) throw new NotFoundError(NOT_FOUND);
      const next = { ...hook, ...request, updatedAt: new Date().toISOString() };
      await repository.update({ id }, next);
      return next;
    });
    return this.view(updated);
  }

  /** Sends a test message now (not through the outbox) and says what the robot answered. */
  async test(id: string): Promise<WebhookTestResult> {
    const hook = await this.webhooks.findOneBy({ id });
    if (!hook) throw new NotFoundError(NOT_FOUND);
    const payload = JSON.stringify(robotPayload(hook.kind, { title: '测试消息', text: `这是来自整改看板的测试消息，收到即说明「${hook.name}」配置正确。` }));
    const outcome = await this.outbox.post(hook.url, payload);
    return outcome.ok ? { ok: true, message: '发送成功，请到群里查看测试消息' } : { ok: false, message: `发送失败：${outcome.error}` };
  }

  private async view(hook: WebhookEntity): Promise<WebhookView> {
    const [pending, failed, last] = await Promise.all([
      this.deliveries.countBy({ webhookId: hook.id, status: 'pending' }),
      this.deliveries.countBy({ webhookId: hook.id, status: 'failed' }),
      this.deliveries.findOne({ where: { webhookId: hook.id, status: 'delivered' }, order: { deliveredAt: 'DESC' } }),
    ]);
    const lastProblem = await this.deliveries
      .createQueryBuilder('d')
      .where('d.webhookId = :id AND d.lastError IS NOT NULL', { id: hook.id })
      .orderBy('d.createdAt', 'DESC')
      .getOne();
    const lastError = lastProblem && (!last?.deliveredAt || lastProblem.createdAt > last.createdAt) ? lastProblem.lastError : null;
    return {
      id: hook.id,
      name: hook.name,
      kind: hook.kind,
      url: hook.url,
      enabled: hook.enabled,
      createdAt: hook.createdAt,
      pending,
      failed,
      lastDeliveredAt: last?.deliveredAt ?? null,
      lastError,
    };
  }
}
