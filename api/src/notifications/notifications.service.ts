import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  noticeHandled,
  officeToday,
  type Actor,
  type NotificationKind,
  type NotificationList,
  type NotificationMessage,
  type NotificationView,
  type Recipients,
} from '@rectify/shared';
import { Brackets, In, IsNull, Repository, type EntityManager } from 'typeorm';
import { NotFoundError } from '../common/domain-errors.js';
import { WriteQueue } from '../database/write-queue.js';
import { ItemEntity } from '../items/item.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import { UserEntity } from '../users/user.entity.js';
import { NotificationEntity } from './notification.entity.js';

export type { NotificationMessage, Recipients };

/** How many notifications a list returns (newest first). */
const LIST_LIMIT = 50;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly writeQueue: WriteQueue,
    private readonly settings: SettingsService,
  ) {}

  /**
   * Creates one notification per recipient inside the caller's transaction (call it from within
   * WriteQueue.run, next to the change it announces). Returns the ids of the accounts notified.
   */
  async notify(manager: EntityManager, recipients: Recipients, message: NotificationMessage, at: string = new Date().toISOString()): Promise<string[]> {
    const userIds = await resolveRecipients(manager, recipients);
    const rows: NotificationEntity[] = userIds.map((userId) => ({
      id: randomUUID(),
      userId,
      itemId: message.itemId ?? null,
      kind: message.kind,
      title: message.title.slice(0, 100),
      body: message.body,
      createdAt: at,
      readAt: null,
    }));
    for (let i = 0; i < rows.length; i += 50) await manager.getRepository(NotificationEntity).insert(rows.slice(i, i + 50));
    return userIds;
  }

  /**
   * The caller's notifications, each marked 已处理 when its task is done (noticeHandled, on the items as
   * they stand now); unread counts only the unread ones still waiting to be dealt with.
   */
  async list(actor: Actor, options: { unreadOnly?: boolean } = {}): Promise<NotificationList> {
    const query = this.notifications
      .createQueryBuilder('n')
      .leftJoin(ItemEntity, 'item', 'item.id = n.itemId')
      .select([
        'n.id AS id',
        'n.itemId AS "itemId"',
        'item.code AS "itemCode"',
        'n.kind AS kind',
        'n.title AS title',
        'n.body AS body',
        'n.createdAt AS "createdAt"',
        'n.readAt AS "readAt"',
      ])
      .where('n.userId = :userId', { userId: actor.id });
    // Unread only: all of them, since the handled ones are left out after reading their items.
    if (options.unreadOnly) query.andWhere('n.readAt IS NULL');
    else query.limit(LIST_LIMIT);
    const rows: Omit<NotificationView, 'handled'>[] = await query.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'ASC').getRawMany();
    const unreadRows = options.unreadOnly
      ? rows
      : await this.notifications.find({ select: { id: true, kind: true, itemId: true }, where: { userId: actor.id, readAt: IsNull() } });
    const handled = await this.handledCheck(actor, [...rows, ...unreadRows]);
    const views = rows.map((row) => ({ ...row, handled: handled(row) }));
    const items = (options.unreadOnly ? views.filter((n) => !n.handled) : views).slice(0, LIST_LIMIT);
    const unread = unreadRows.filter((n) => !handled(n)).length;
    return { unread, items };
  }

  /** Loads the items the notices are about once, and answers noticeHandled for each notice. */
  private async handledCheck(actor: Actor, notices: ReadonlyArray<{ kind: NotificationKind; itemId: string | null }>) {
    const ids = [...new Set(notices.flatMap((n) => (n.itemId ? [n.itemId] : [])))];
    const items = new Map<string, ItemEntity>();
    for (let i = 0; i < ids.length; i += 500) {
      for (const item of await this.notifications.manager.getRepository(ItemEntity).findBy({ id: In(ids.slice(i, i + 500)) })) items.set(item.id, item);
    }
    const today = officeToday(new Date());
    const settings = this.settings.warning();
    return (notice: { kind: NotificationKind; itemId: string | null }) =>
      noticeHandled(notice, actor, notice.itemId ? (items.get(notice.itemId) ?? null) : null, today, settings);
  }

  /** Marks one of the caller's own notifications read; someone else's is "not found". */
  async markRead(id: string, actor: Actor): Promise<NotificationList> {
    await this.writeQueue.run(async (manager) => {
      const repository = manager.getRepository(NotificationEntity);
      const notification = await repository.findOneBy({ id, userId: actor.id });
      if (!notification) throw new NotFoundError('消息不存在或已无权查看');
      if (!notification.readAt) await repository.update({ id }, { readAt: new Date().toISOString() });
    });
    return this.list(actor);
  }

  async markAllRead(actor: Actor): Promise<NotificationList> {
    await this.writeQueue.run((manager) =>
      manager.getRepository(NotificationEntity).update({ userId: actor.id, readAt: IsNull() }, { readAt: new Date().toISOString() }),
    );
    return this.list(actor);
  }
}

/** The active accounts matching any of the recipient rules. */
export async function resolveRecipients(manager: EntityManager, recipients: Recipients): Promise<string[]> {
  const userIds = [...(recipients.userIds ?? [])];
  const departmentIds = (recipients.departmentIds ?? []).filter((id): id is string => !!id);
  const roles = [...(recipients.roles ?? [])];
  if (!userIds.length && !departmentIds.length && !roles.length) return [];
  const query = manager
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .select('u.id', 'id')
    .where('u.disabled = :disabled', { disabled: false })
    .andWhere(
      new Brackets((any) => {
        any.where('1 = 0');
        if (userIds.length) any.orWhere('u.id IN (:...userIds)', { userIds });
        if (departmentIds.length) any.orWhere('u.departmentId IN (:...departmentIds)', { departmentIds });
        if (roles.length) any.orWhere('u.role IN (:...roles)', { roles });
      }),
    )
    .orderBy('u.id', 'ASC');
  const except = new Set(recipients.except ?? []);
  return (await query.getRawMany<{ id: string }>()).map((r) => r.id).filter((id) => !except.has(id));
}
