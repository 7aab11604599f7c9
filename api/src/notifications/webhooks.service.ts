import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { checkWebhookUrl, maskedUrl, type CreateWebhookRequest, type UpdateWebhookRequest, type WebhookTestResult, type WebhookView } from '@rectify/shared';
import { Repository } from 'typeorm';
import { fieldChanges, recordAdminChange, type AdminAuthor } from '../admin-log/admin-log-chain.js';
import { NotFoundError, RuleViolationError } from '../common/domain-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { WriteQueue } from '../database/write-queue.js';
import { robotPayload } from './robot-payload.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { WebhookEntity } from './webhook.entity.js';

const NOT_FOUND = '推送配置不存在';

/** What the admin log keeps of a webhook: the robot's address without its token. */
const loggedFields = (hook: Pick<WebhookEntity, 'name' | 'kind' | 'url' | 'enabled'>) => ({
  name: hook.name,
  kind: hook.kind,
  url: maskedUrl(hook.url),
  enabled: !!hook.enabled,
});

/** The admin's list of group robots. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    private readonly outbox: WebhookOutbox,
    private readonly writeQueue: WriteQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<WebhookView[]> {
    const hooks = await this.webhooks.find({ order: { createdAt: 'ASC' } });
    return Promise.all(hooks.map((hook) => this.view(hook)));
  }

  async create(request: CreateWebhookRequest, author: AdminAuthor): Promise<WebhookView> {
    this.assertAllowed(request.url);
    const at = new Date().toISOString();
    const hook: WebhookEntity = { id: randomUUID(), ...request, createdAt: at, updatedAt: at };
    await this.writeQueue.run(async (manager) => {
      await manager.getRepository(WebhookEntity).insert(hook);
      await recordAdminChange(manager, author, { kind: 'webhook.created', targetId: hook.id, targetName: hook.name, before: null, after: loggedFields(hook) });
    });
    return this.view(hook);
  }

  async update(id: string, request: UpdateWebhookRequest, author: AdminAuthor): Promise<WebhookView> {
    if (request.url !== undefined) this.assertAllowed(request.url);
    const updated = await this.writeQueue.run(async (manager) => {
      const repository = manager.getRepository(WebhookEntity);
      const hook = await repository.findOneBy({ id });
      if (!hook) throw new NotFoundError(NOT_FOUND);
      const next = { ...hook, ...request, updatedAt: new Date().toISOString() };
      await repository.update({ id }, next);
      const changes = fieldChanges(loggedFields(hook), loggedFields(next), ['name', 'kind', 'url', 'enabled']);
      if (changes) await recordAdminChange(manager, author, { kind: 'webhook.updated', targetId: id, targetName: hook.name, ...changes });
      return next;
    });
    return this.view(updated);
  }

  /** Only robot endpoints (and origins the server operator allowed): a webhook is no way into the network. */
  private assertAllowed(url: string): void {
    const problem = checkWebhookUrl(url, this.config.webhookExtraOrigins);
    if (problem) throw new RuleViolationError(problem, [{ path: 'url', message: problem }]);
  }

  /**
   * Sends a test message now (not through the outbox) and says only whether it arrived: status codes
   * and connection errors would make the button a port scanner. The deliveries list keeps details.
   */
  async test(id: string): Promise<WebhookTestResult> {
    const hook = await this.webhooks.findOneBy({ id });
    if (!hook) throw new NotFoundError(NOT_FOUND);
    const payload = JSON.stringify(robotPayload(hook.kind, { title: '测试消息', text: `这是来自整改看板的测试消息，收到即说明「${hook.name}」配置正确。` }));
    const outcome = await this.outbox.post(hook.url, payload);
    return outcome.ok ? { ok: true, message: '发送成功，请到群里查看测试消息' } : { ok: false, message: '发送失败，请检查推送地址和群机器人的安全设置' };
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
