import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  backwardMoveNeedsReason,
  BACKWARD_MOVE_REASON,
  checkDepartmentWrite,
  checkEdit,
  checkMoveBy,
  checkNewDates,
  COLUMN_TITLES,
  describeRefusal,
  dueDateOf,
  NEW_ITEM_LIFECYCLE,
  moveTo,
  officeToday,
  type Actor,
  type CreateItemRequest,
  type ItemEventView,
  type ItemView,
  type MoveItemRequest,
  type UpdateItemRequest,
} from '@rectify/shared';
import { Repository } from 'typeorm';
import { RuleViolationError } from '../common/domain-errors.js';
import { WriteQueue } from '../database/write-queue.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { DictionariesService } from '../dictionaries/dictionaries.service.js';
import { HistoryService } from '../history/history.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { enforceDates, ItemChangeRules } from './item-changes.js';
import { nextItemCode } from './item-codes.js';
import { settlePeople } from './item-people.js';
import { ItemWriter } from './item-writer.js';
import { toItemView } from './item-view.js';
import { ItemEntity } from './item.entity.js';
import { permittedItem, refuseUnless } from './permitted-item.js';

/**
 * Creating, editing and moving items. Every write runs in the write queue, checks who may do it
 * (shared access table) and the shared gates, and persists through ItemWriter (version check,
 * history, notices in the same transaction).
 */
@Injectable()
export class ItemsService {
  constructor(
    @InjectRepository(ItemEntity) private readonly items: Repository<ItemEntity>,
    private readonly departments: DepartmentsService,
    private readonly dictionaries: DictionariesService,
    private readonly history: HistoryService,
    private readonly settings: SettingsService,
    private readonly rules: ItemChangeRules,
    private readonly writer: ItemWriter,
    private readonly writeQueue: WriteQueue,
  ) {}

  async get(id: string, actor: Actor): Promise<ItemView> {
    const item = await this.items.findOneBy({ id });
    return this.view(permittedItem(actor, 'item.read', item));
  }

  async timeline(id: string, actor: Actor): Promise<ItemEventView[]> {
    const item = permittedItem(actor, 'history.read', await this.items.findOneBy({ id }));
    return this.history.timeline(item.id);
  }

  async create(request: CreateItemRequest, actor: Actor): Promise<ItemView> {
    refuseUnless(
      checkDepartmentWrite(actor, { kind: 'create', source: request.source, departmentId: request.departmentId, coDepartmentIds: request.coDepartmentIds }),
    );
    const now = new Date();
    enforceDates(checkNewDates(null, request, officeToday(now)));
    const created = await this.writeQueue.run(async (manager) => {
      await this.departments.assertExist(manager, [request.departmentId, ...request.coDepartmentIds]);
      await this.dictionaries.assertOffered(manager, { source: request.source, category: request.category, cause_tag: request.causeTags });
      await settlePeople(manager, null, request);
      const at = now.toISOString();
      const item: ItemEntity = {
        ...request,
        id: randomUUID(),
        code: await nextItemCode(manager, request.source, await this.dictionaries.sourceCodes(manager), now),
        dueDate: dueDateOf(request),
        ...NEW_ITEM_LIFECYCLE,
        status: 'found',
        version: 1,
        createdAt: at,
        updatedAt: at,
        closedAt: null,
      };
      await this.writer.insert(
        manager,
        [item],
        [{ itemId: item.id, at, kind: 'created', before: null, after: { ...request, code: item.code, status: item.status } }],
        actor,
        { announce: true },
      );
      return item;
    });
    return this.view(created);
  }

  async update(id: string, request: UpdateItemRequest, actor: Actor): Promise<ItemView> {
    const { version, ...changes } = request;
    const updated = await this.writeQueue.run(async (manager) => {
      const item = await this.writer.load(manager, id, version, actor, 'item.edit', changes);
      const after = await this.rules.apply(manager, item, changes);
      const check = checkEdit(item.status, after);
      if (!check.allowed) {
        throw new RuleViolationError(
          `「${COLUMN_TITLES[item.status]}」列的事项必须保留以下信息：${check.reasons.map((r) => r.message).join('；')}`,
          check.reasons,
        );
      }
      return this.writer.update(manager, item, { edits: changes }, actor);
    });
    return this.view(updated);
  }

  /** Moves a card; `changes` (data the target column's gate asked for) are saved with it or not at all. */
  async move(id: string, request: MoveItemRequest, actor: Actor): Promise<ItemView> {
    const moved = await this.writeQueue.run(async (manager) => {
      const changes = request.changes ?? {};
      const item = await this.writer.load(manager, id, request.version, actor, 'item.move', changes);
      const after = await this.rules.apply(manager, item, changes);
      const check = checkMoveBy(actor, item.status, request.to, after);
      if (!check.allowed) throw new RuleViolationError(describeRefusal(request.to, check), check.reasons);
      const reason = request.reason || null;
      if (backwardMoveNeedsReason(actor, item.status, request.to) && !reason) {
        throw new RuleViolationError(BACKWARD_MOVE_REASON, [{ path: 'reason', message: BACKWARD_MOVE_REASON }]);
      }
      // Into 销号 = 申请销号: the card waits there, 待审核, for a reviewer from elsewhere (shared steps).
      const { changes: state, events, notices } = moveTo(after, request.to, { actor, now: new Date() });
      return this.writer.update(manager, item, { edits: changes, changes: state, events, notices, moveReason: reason }, actor);
    });
    return this.view(moved);
  }

  async view(item: ItemEntity): Promise<ItemView> {
    return toItemView(item, await this.departments.namesById(), new Date(), this.settings.warning());
  }
}
