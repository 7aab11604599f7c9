import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  checkEdit,
  checkMove,
  COLUMN_TITLES,
  describeRefusal,
  dueDateOf,
  type CreateItemRequest,
  type ItemChanges,
  type ItemView,
  type MoveItemRequest,
  type UpdateItemRequest,
} from '@rectify/shared';
import { Repository, type EntityManager } from 'typeorm';
import { NotFoundError, RuleViolationError, StaleVersionError } from '../common/domain-errors.js';
import { WriteQueue } from '../database/write-queue.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { changedFields, recordEvents, type NewItemEvent } from './item-history.js';
import { nextItemCode } from './item-codes.js';
import { toItemView } from './item-view.js';
import { ItemEntity } from './item.entity.js';

const ITEM_NOT_FOUND = '事项不存在或已无权查看';

/**
 * Creating, editing and moving items. Every write runs in the write queue, checks the version the
 * caller read, obeys the shared gates and appends its history event in the same transaction.
 */
@Injectable()
export class ItemsService {
  constructor(
    @InjectRepository(ItemEntity) private readonly items: Repository<ItemEntity>,
    private readonly departments: DepartmentsService,
    private readonly writeQueue: WriteQueue,
  ) {}

  async get(id: string): Promise<ItemView> {
    const item = await this.items.findOneBy({ id });
    if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
    return this.view(item);
  }

  async create(request: CreateItemRequest, actor: string): Promise<ItemView> {
    const now = new Date();
    const created = await this.writeQueue.run(async (manager) => {
      await this.departments.assertExist(manager, [request.departmentId, ...request.coDepartmentIds]);
      const at = now.toISOString();
      const item: ItemEntity = {
        ...request,
        id: randomUUID(),
        code: await nextItemCode(manager, request.source, now),
        dueDate: dueDateOf(request),
        status: 'found',
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      await manager.getRepository(ItemEntity).insert(item);
      await recordEvents(manager, [{ itemId: item.id, at, actor, kind: 'created', before: null, after: { ...request, code: item.code, status: item.status } }]);
      return item;
    });
    return this.view(created);
  }

  async update(id: string, request: UpdateItemRequest, actor: string): Promise<ItemView> {
    const { version, ...changes } = request;
    const updated = await this.writeQueue.run(async (manager) => {
      const item = await this.loadForWrite(manager, id, version);
      const after = await this.applyChanges(manager, item, changes);
      const check = checkEdit(item.status, after);
      if (!check.allowed) {
        throw new RuleViolationError(`「${COLUMN_TITLES[item.status]}」列的事项必须保留以下信息：${check.reasons.map((r) => r.message).join('；')}`, check.reasons);
      }
      return this.save(manager, item, after, changes, actor);
    });
    return this.view(updated);
  }

  /** Moves a card; `changes` (data the target column's gate asked for) are saved with it or not at all. */
  async move(id: string, request: MoveItemRequest, actor: string): Promise<ItemView> {
    const moved = await this.writeQueue.run(async (manager) => {
      const item = await this.loadForWrite(manager, id, request.version);
      const changes = request.changes ?? {};
      const after = await this.applyChanges(manager, item, changes);
      const check = checkMove(item.status, request.to, after);
      if (!check.allowed) throw new RuleViolationError(describeRefusal(request.to, check), check.reasons);
      return this.save(manager, item, { ...after, status: request.to }, changes, actor);
    });
    return this.view(moved);
  }

  private async loadForWrite(manager: EntityManager, id: string, version: number): Promise<ItemEntity> {
    const item = await manager.getRepository(ItemEntity).findOneBy({ id });
    if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
    if (item.version !== version) throw new StaleVersionError(item.version);
    return item;
  }

  private async applyChanges(manager: EntityManager, item: ItemEntity, changes: ItemChanges): Promise<ItemEntity> {
    await this.departments.assertExist(manager, [changes.departmentId, ...(changes.coDepartmentIds ?? [])]);
    const after = { ...item, ...changes };
    if (after.scope === 'individual' && !after.person) {
      throw new RuleViolationError('个人问题须填写当事人', [{ path: 'person', message: '个人问题须填写当事人' }]);
    }
    return { ...after, dueDate: dueDateOf(after) };
  }

  /** Writes `after` only if nobody wrote since `before` was read, and records what changed. */
  private async save(manager: EntityManager, before: ItemEntity, after: ItemEntity, changes: ItemChanges, actor: string): Promise<ItemEntity> {
    const at = new Date().toISOString();
    const { id: _id, code: _code, createdAt: _createdAt, ...columns } = after;
    const next = { ...columns, version: before.version + 1, updatedAt: at };
    const result = await manager
      .createQueryBuilder()
      .update(ItemEntity)
      .set(next)
      .where('id = :id AND version = :version', { id: before.id, version: before.version })
      .execute();
    if (result.affected !== 1) throw new StaleVersionError(before.version + 1);

    const events: NewItemEvent[] = [];
    const edited = changedFields(before, changes);
    if (edited) events.push({ itemId: before.id, at, actor, kind: 'updated', ...edited });
    if (after.status !== before.status) {
      events.push({ itemId: before.id, at, actor, kind: 'moved', before: { status: before.status }, after: { status: after.status } });
    }
    await recordEvents(manager, events);
    return { ...after, ...next };
  }

  private async view(item: ItemEntity): Promise<ItemView> {
    return toItemView(item, await this.departments.namesById(), new Date());
  }
}
