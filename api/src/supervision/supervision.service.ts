import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  canDo,
  formatChineseDate,
  checkReplyBy,
  isOwnItem,
  isSignedOff,
  officeToday,
  reachOf,
  stripEnd,
  supervisionState,
  type Actor,
  type IssueSupervisionRequest,
  type ReplySupervisionRequest,
  type SupervisionView,
} from '@rectify/shared';
import { Brackets, Repository, type EntityManager } from 'typeorm';
import { InvalidRequestError, NotFoundError, RuleViolationError } from '../common/domain-errors.js';
import { permittedItem, refuseUnless } from '../items/permitted-item.js';
import { WriteQueue } from '../database/write-queue.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { appendEvents } from '../history/item-history.js';
import { ItemEntity } from '../items/item.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { WebhookOutbox } from '../notifications/webhook-outbox.js';
import { SupervisionEntity } from './supervision.entity.js';

const SUPERVISION_NOT_FOUND = '督办单不存在或已无权查看';

/**
 * 督办单: issued on an item by an inspector or a leader, answered once by the item's department (or a
 * leader). Each write runs in the write queue with its history event, keeps the item's counters
 * (supervisionCount, openSupervisionCount; no version bump) and notifies in the same transaction.
 */
@Injectable()
export class SupervisionService {
  constructor(
    @InjectRepository(SupervisionEntity) private readonly supervisions: Repository<SupervisionEntity>,
    @InjectRepository(ItemEntity) private readonly items: Repository<ItemEntity>,
    private readonly departments: DepartmentsService,
    private readonly notifications: NotificationsService,
    private readonly outbox: WebhookOutbox,
    private readonly writeQueue: WriteQueue,
  ) {}

  async issue(itemId: string, request: IssueSupervisionRequest, actor: Actor, now = new Date()): Promise<SupervisionView> {
    const today = officeToday(now);
    const problem = checkReplyBy(request.replyBy, today);
    if (problem) throw new InvalidRequestError(`提交的内容有误：回复期限：${problem}`, [{ path: 'replyBy', message: `回复期限：${problem}` }]);
    const created = await this.writeQueue.run(async (manager) => {
      const item = permittedItem(actor, 'supervision.issue', await manager.getRepository(ItemEntity).findOneBy({ id: itemId }));
      if (isSignedOff(item)) throw new RuleViolationError('该事项已销号，不能再下发督办单；如发现问题反弹，请先“回头看”重新整改');
      const at = now.toISOString();
      const row: SupervisionEntity = {
        id: randomUUID(),
        itemId: item.id,
        requirement: request.requirement,
        replyBy: request.replyBy,
        issuedById: actor.id,
        issuedByName: actor.displayName,
        issuedAt: at,
        reply: null,
        repliedById: null,
        repliedByName: null,
        repliedAt: null,
      };
      await manager.getRepository(SupervisionEntity).insert(row);
      await adjustCounters(manager, item.id, { supervisionCount: 1, openSupervisionCount: 1 });
      await appendEvents(manager, actor, [
        { itemId: item.id, at, kind: 'supervised', before: null, after: { supervisionId: row.id, requirement: row.requirement, replyBy: row.replyBy } },
      ]);
      const title = `督办：${item.code}`;
      const body = `${actor.displayName}对「${item.title}」下发督办单，要求：${stripEnd(row.requirement)}。请于${formatChineseDate(row.replyBy)}前回复。`;
      // The co-operating departments see the 督办单 in their to-do list too, so they hear of it as well.
      await this.notifications.notify(
        manager,
        { departmentIds: [item.departmentId, ...item.coDepartmentIds], except: [actor.id] },
        { kind: 'supervision_issued', itemId: item.id, title, body },
        at,
      );
      await this.outbox.enqueue(manager, { title, text: body }, at);
      return { row, item };
    });
    return this.view(created.row, created.item, today);
  }

  async reply(id: string, request: ReplySupervisionRequest, actor: Actor, now = new Date()): Promise<SupervisionView> {
    const replied = await this.writeQueue.run(async (manager) => {
      const supervision = await manager.getRepository(SupervisionEntity).findOneBy({ id });
      if (!supervision) throw new NotFoundError(SUPERVISION_NOT_FOUND);
      const item = permittedItem(
        actor,
        'supervision.reply',
        await manager.getRepository(ItemEntity).findOneBy({ id: supervision.itemId }),
        SUPERVISION_NOT_FOUND,
      );
      if (supervision.repliedAt)
        throw new RuleViolationError(`该督办单已于${formatChineseDate(supervision.repliedAt.slice(0, 10))}由${supervision.repliedByName}回复，不能重复回复`);
      const at = now.toISOString();
      const change = { reply: request.reply, repliedById: actor.id, repliedByName: actor.displayName, repliedAt: at };
      const result = await manager.createQueryBuilder().update(SupervisionEntity).set(change).where('id = :id AND repliedAt IS NULL', { id }).execute();
      if (result.affected !== 1) throw new RuleViolationError('该督办单已回复，不能重复回复');
      await adjustCounters(manager, item.id, { openSupervisionCount: -1 });
      await appendEvents(manager, actor, [{ itemId: item.id, at, kind: 'supervise_reply', before: null, after: { supervisionId: id, reply: request.reply } }]);
      await this.notifications.notify(
        manager,
        { userIds: [supervision.issuedById], except: [actor.id] },
        {
          kind: 'supervision_replied',
          itemId: item.id,
          title: `督办已回复：${item.code}`,
          body: `${actor.displayName}回复了您对「${item.title}」下发的督办单：${request.reply}`,
        },
        at,
      );
      return { row: { ...supervision, ...change }, item };
    });
    return this.view(replied.row, replied.item, officeToday(now));
  }

  async forItem(itemId: string, actor: Actor, now = new Date()): Promise<SupervisionView[]> {
    const item = permittedItem(actor, 'item.read', await this.items.findOneBy({ id: itemId }));
    const rows = await this.supervisions.find({ where: { itemId }, order: { issuedAt: 'DESC', id: 'ASC' } });
    const names = await this.departments.namesById();
    const today = officeToday(now);
    return rows.map((row) => toView(row, item, names, today));
  }

  /**
   * The caller's list: for a department user, 督办单 on items their department leads or co-operates on;
   * for leaders and inspectors, all. `open` keeps only those still awaiting a reply (待办).
   */
  async list(actor: Actor, options: { open: boolean }, now = new Date()): Promise<SupervisionView[]> {
    refuseUnless(canDo(actor, 'item.read'));
    const query = this.supervisions.createQueryBuilder('s').innerJoinAndMapOne('s.item', ItemEntity, 'item', 'item.id = s.itemId');
    if (options.open) query.andWhere('s.repliedAt IS NULL');
    if (reachOf(actor, 'item.read') === 'own') {
      const department = actor.departmentId ?? 'none';
      // Co-operating departments are stored as a JSON list; the exact check is isOwnItem below.
      query.andWhere(
        new Brackets((own) =>
          own.where('item.departmentId = :department', { department }).orWhere('item.coDepartmentIds LIKE :pattern', { pattern: `%${department}%` }),
        ),
      );
    }
    const rows = (await query.orderBy('s.replyBy', 'ASC').addOrderBy('s.issuedAt', 'ASC').getMany()) as Array<SupervisionEntity & { item: ItemEntity }>;
    const names = await this.departments.namesById();
    const today = officeToday(now);
    return rows.filter((row) => reachOf(actor, 'item.read') !== 'own' || isOwnItem(actor, row.item)).map(({ item, ...row }) => toView(row, item, names, today));
  }

  private async view(row: SupervisionEntity, item: ItemEntity, today: string): Promise<SupervisionView> {
    return toView(row, item, await this.departments.namesById(), today);
  }
}

function toView(row: SupervisionEntity, item: ItemEntity, names: Map<string, string>, today: string): SupervisionView {
  return {
    ...row,
    itemCode: item.code,
    itemTitle: item.title,
    departmentId: item.departmentId,
    departmentName: item.departmentId ? (names.get(item.departmentId) ?? null) : null,
    state: supervisionState(row, today),
  };
}

/** The counters move with the rows they count, without a version bump (a 督办单 edits nothing a person is editing). */
async function adjustCounters(manager: EntityManager, itemId: string, delta: { supervisionCount?: number; openSupervisionCount?: number }): Promise<void> {
  const set: Record<string, () => string> = {};
  for (const [column, by] of Object.entries(delta)) set[column] = () => `"${column}" + ${Number(by)}`;
  await manager.createQueryBuilder().update(ItemEntity).set(set).where('id = :id', { id: itemId }).execute();
}
