import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  canDo,
  checkDepartmentWrite,
  checkDeadlineEdit,
  checkEdit,
  backwardMoveNeedsReason,
  BACKWARD_MOVE_REASON,
  checkMoveBy,
  checkNewDates,
  COLUMN_TITLES,
  describeRefusal,
  DICTIONARY_KIND_LABELS,
  DICTIONARY_KINDS,
  dueDateOf,
  NEW_ITEM_LIFECYCLE,
  newlyAssigned,
  officeToday,
  planLedgerImport,
  type Action,
  type Actor,
  type CreateItemRequest,
  type DictionaryKind,
  type ItemChanges,
  type ItemFields,
  type LedgerImportContext,
  type ItemEventView,
  type ItemView,
  type LedgerPlan,
  type LedgerSheetRow,
  type MatchedColumn,
  type MoveItemRequest,
  type UpdateItemRequest,
} from '@rectify/shared';
import { Repository, type EntityManager } from 'typeorm';
import { RuleViolationError, StaleVersionError } from '../common/domain-errors.js';
import { permittedItem, refuseUnless } from '../common/permitted-item.js';
import { WriteQueue } from '../database/write-queue.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { DictionariesService } from '../dictionaries/dictionaries.service.js';
import { HistoryService } from '../history/history.service.js';
import { appendEvents, changedFields, type NewItemEvent } from '../history/item-history.js';
import { loadLedgerContext } from '../ledger/ledger-context.js';
import { lifecycleNotices } from '../notifications/lifecycle-notices.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { nextItemCode } from './item-codes.js';
import { announcePeople, settlePeople } from './item-people.js';
import { toItemView } from './item-view.js';
import { ItemEntity } from './item.entity.js';
import { ProgressEntryEntity } from '../progress/progress-entry.entity.js';

/** The departments and dictionary entries a 台账 import creates (from the mapping step). */
export interface LedgerEntriesToCreate {
  departments: string[];
  dictionaries: Record<DictionaryKind, string[]>;
}

/** Thrown inside the write queue to roll back entries created for a plan that then held errors. */
class RefusedPlan extends Error {
  constructor(readonly plan: LedgerPlan) {
    super('refused');
  }
}

/** A dry run's context, as if the entries to create existed already. */
function withEntriesToCreate(context: LedgerImportContext, create: LedgerEntriesToCreate): LedgerImportContext {
  return {
    ...context,
    departments: [...context.departments, ...create.departments.map((name) => ({ id: randomUUID(), name }))],
    dictionaries: {
      source: [...context.dictionaries.source, ...create.dictionaries.source.map((name) => ({ name, active: true }))],
      category: [...context.dictionaries.category, ...create.dictionaries.category.map((name) => ({ name, active: true }))],
      cause_tag: [...context.dictionaries.cause_tag, ...create.dictionaries.cause_tag.map((name) => ({ name, active: true }))],
    },
  };
}


/**
 * Creating, editing and moving items. Every write runs in the write queue, checks who may do it
 * (shared access table), checks the version the caller read, obeys the shared gates and appends its
 * history event in the same transaction.
 */
@Injectable()
export class ItemsService {
  constructor(
    @InjectRepository(ItemEntity) private readonly items: Repository<ItemEntity>,
    private readonly departments: DepartmentsService,
    private readonly dictionaries: DictionariesService,
    private readonly history: HistoryService,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationsService,
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
    refuseUnless(checkDepartmentWrite(actor, { kind: 'create', source: request.source, departmentId: request.departmentId, coDepartmentIds: request.coDepartmentIds }));
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
      await manager.getRepository(ItemEntity).insert(item);
      await appendEvents(manager, actor, [{ itemId: item.id, at, kind: 'created', before: null, after: { ...request, code: item.code, status: item.status } }]);
      await this.announceAssignment(manager, null, item, actor, at);
      return item;
    });
    return this.view(created);
  }

  async update(id: string, request: UpdateItemRequest, actor: Actor): Promise<ItemView> {
    const { version, ...changes } = request;
    const updated = await this.writeQueue.run(async (manager) => {
      const item = await this.loadForWrite(manager, id, version, actor, 'item.edit', changes);
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
  async move(id: string, request: MoveItemRequest, actor: Actor): Promise<ItemView> {
    const moved = await this.writeQueue.run(async (manager) => {
      const changes = request.changes ?? {};
      const item = await this.loadForWrite(manager, id, request.version, actor, 'item.move', changes);
      const after = await this.applyChanges(manager, item, changes);
      const check = checkMoveBy(actor, item.status, request.to, after);
      if (!check.allowed) throw new RuleViolationError(describeRefusal(request.to, check), check.reasons);
      const reason = request.reason || null;
      if (backwardMoveNeedsReason(actor, item.status, request.to) && !reason) {
        throw new RuleViolationError(BACKWARD_MOVE_REASON, [{ path: 'reason', message: BACKWARD_MOVE_REASON }]);
      }
      if (request.to !== 'closed') return this.save(manager, item, { ...after, status: request.to }, changes, actor, [], reason);
      // Into 销号 = 申请销号: the card waits there, 待审核, for a reviewer from elsewhere (lifecycle.ts).
      const application = {
        signoff: 'pending',
        signoffStage: 'leader',
        signoffApplicantId: actor.id,
        signoffApplicantName: actor.displayName,
        signoffDepartmentId: actor.departmentId,
        reviewRequirement: null,
      } as const;
      const at = new Date().toISOString();
      const saved = await this.save(manager, item, { ...after, ...application, status: 'closed', closedAt: null }, changes, actor, [
        { itemId: item.id, at, kind: 'signoff_applied', before: null, after: { completion: after.completion, evidenceCount: after.evidenceCount, round: item.round } },
      ]);
      const notice = lifecycleNotices.signoffApplied(saved, actor.id, application.signoffStage);
      await this.notifications.notify(manager, notice.recipients, notice.message, at);
      return saved;
    });
    return this.view(moved);
  }

  /**
   * 台账 import (rules: shared/src/ledger/ledger-import.ts). The file is planned against the data;
   * a dry run, or a plan with any error, writes nothing. Otherwise one transaction in the write queue,
   * planned again inside it so nothing changes between check and write: new items inserted with
   * their 编号 (the file's, or the next free one) and history ('created', plus 'moved' when they land
   * past 发现问题); existing items updated through the same path as an edit (version bump, 'updated'
   * event). Departments and dictionary entries the mapping step chose to create are created first in
   * the same transaction (rolled back with everything else when the plan has an error), and recorded
   * in the history of the first item naming them. A new row's 整改进展 becomes its first progress
   * entry; a row 已销号 on paper is marked closedVia 'ledger'. Returns the plan and the new 编号.
   */
  async importLedger(
    columns: readonly MatchedColumn[],
    rows: readonly LedgerSheetRow[],
    actor: Actor,
    options: { dryRun: boolean; headerRow: number; create?: LedgerEntriesToCreate },
  ): Promise<{ plan: LedgerPlan; createdCodes: string[] | null }> {
    refuseUnless(canDo(actor, 'ledger.import'));
    const create = options.create ?? { departments: [], dictionaries: { source: [], category: [], cause_tag: [] } };
    const creating = create.departments.length + Object.values(create.dictionaries).flat().length > 0;
    if (creating) refuseUnless(canDo(actor, 'ledger.createEntries'));
    const now = new Date();
    if (options.dryRun) {
      const context = withEntriesToCreate(await loadLedgerContext(this.items.manager, columns, rows, now), create);
      return { plan: planLedgerImport(columns, rows, context, options.headerRow), createdCodes: null };
    }
    try {
      return await this.writeQueue.run((manager) => this.writeLedger(manager, columns, rows, actor, options.headerRow, create, now));
    } catch (error) {
      // A plan with errors after the entries were created: the transaction was rolled back.
      if (error instanceof RefusedPlan) return { plan: error.plan, createdCodes: null };
      throw error;
    }
  }

  private async writeLedger(
    manager: EntityManager,
    columns: readonly MatchedColumn[],
    rows: readonly LedgerSheetRow[],
    actor: Actor,
    headerRow: number,
    create: LedgerEntriesToCreate,
    now: Date,
  ): Promise<{ plan: LedgerPlan; createdCodes: string[] | null }> {
    const newEntries: Array<{ label: string; name: string; test: (fields: ItemFields) => boolean }> = [];
    for (const name of create.departments) {
      const department = await this.departments.createIn(manager, { name, parentId: null }, actor);
      newEntries.push({ label: '责任部门', name, test: (f) => f.departmentId === department.id || f.coDepartmentIds.includes(department.id) });
    }
    for (const kind of DICTIONARY_KINDS) {
      for (const name of create.dictionaries[kind]) {
        await this.dictionaries.createIn(manager, { kind, name, codeLetters: null }, actor);
        const field = { source: (f: ItemFields) => f.source === name, category: (f: ItemFields) => f.category === name, cause_tag: (f: ItemFields) => f.causeTags.includes(name) }[kind];
        newEntries.push({ label: DICTIONARY_KIND_LABELS[kind], name, test: field });
      }
    }
    const plan = planLedgerImport(columns, rows, await loadLedgerContext(manager, columns, rows, now), headerRow);
    if (plan.errors.length) {
      if (newEntries.length) throw new RefusedPlan(plan);
      return { plan, createdCodes: null };
    }
    const at = now.toISOString();
    const entryEvents = (itemId: string, fields: ItemFields): NewItemEvent[] =>
      newEntries.splice(0, newEntries.length).flatMap((entry) => {
        if (!entry.test(fields)) {
          newEntries.push(entry);
          return [];
        }
        return [{ itemId, at, kind: 'entries_created' as const, before: null, after: { [entry.label]: entry.name } }];
      });
    const sources = await this.dictionaries.sourceCodes(manager);
    const fileCodes = new Set(plan.creates.flatMap((c) => (c.code ? [c.code] : [])));
    const created: ItemEntity[] = [];
    const events: NewItemEvent[] = [];
    const progressEntries: ProgressEntryEntity[] = [];
    for (const { code: given, fields, status, closedAt, progress } of plan.creates) {
      let code = given;
      if (!code) {
        // From the database's per-prefix counter, past any code the file itself brings.
        code = await nextItemCode(manager, fields.source, sources, now, fileCodes);
      }
      // A row marked 已销号 in the office's own ledger was signed off before it came here: 按台账导入的已销号事项, no review event.
      const signoff = status === 'closed' ? 'approved' : 'none';
      const closedVia = status === 'closed' ? ('ledger' as const) : null;
      const id = randomUUID();
      const entry = progress && { id, itemId: id, date: progress.date, text: progress.text, round: 1, authorId: actor.id, authorName: actor.displayName, createdAt: at };
      const item: ItemEntity = {
        ...fields,
        ...NEW_ITEM_LIFECYCLE,
        signoff,
        closedVia,
        lastProgressDate: entry ? entry.date : null,
        id,
        code,
        dueDate: dueDateOf(fields),
        status,
        version: 1,
        createdAt: at,
        updatedAt: at,
        closedAt,
      };
      created.push(item);
      events.push({ itemId: id, at, kind: 'created', before: null, after: { ...fields, code, status: 'found', ...(closedVia ? { 导入说明: '按台账导入的已销号事项' } : {}) } });
      events.push(...entryEvents(id, fields));
      if (status !== 'found') events.push({ itemId: id, at, kind: 'moved', before: { status: 'found' }, after: { status } });
      if (entry) {
        progressEntries.push({ ...entry, id: randomUUID() });
        events.push({ itemId: id, at, kind: 'progress_added', before: null, after: { progressId: progressEntries.at(-1)!.id, date: entry.date, text: entry.text, round: 1 } });
      }
    }
    // Chunked: SQLite limits the number of bound parameters per statement (32,766; 200 items use about 9,000).
    for (let i = 0; i < created.length; i += 200) await manager.getRepository(ItemEntity).insert(created.slice(i, i + 200));
    for (let i = 0; i < progressEntries.length; i += 50) await manager.getRepository(ProgressEntryEntity).insert(progressEntries.slice(i, i + 50));
    await appendEvents(manager, actor, events);
    for (const update of plan.updates) {
      const before = update.item as ItemEntity;
      const after = await this.applyChanges(manager, before, update.changes);
      await this.save(manager, before, after, update.changes, actor, entryEvents(before.id, after));
    }
    return { plan, createdCodes: created.map((c) => c.code) };
  }

  /** Inside the write queue: the item, if the actor may do `action` on it and the version they read is still current. */
  async loadForWrite(manager: EntityManager, id: string, version: number, actor: Actor, action: Action, changes: ItemChanges = {}): Promise<ItemEntity> {
    const item = permittedItem(actor, action, await manager.getRepository(ItemEntity).findOneBy({ id }));
    const changed = Object.keys(changedFields(item, changes)?.after ?? {});
    refuseUnless(checkDepartmentWrite(actor, { kind: 'edit', changedFields: changed }));
    if (item.version !== version) throw new StaleVersionError(item.version);
    return item;
  }

  private async applyChanges(manager: EntityManager, item: ItemEntity, changes: ItemChanges): Promise<ItemEntity> {
    await this.departments.assertExist(manager, [changes.departmentId, ...(changes.coDepartmentIds ?? [])]);
    await settlePeople(manager, item, changes);
    await this.dictionaries.assertOffered(
      manager,
      { source: changes.source, category: changes.category, cause_tag: changes.causeTags },
      { source: item.source, category: item.category, cause_tag: item.causeTags },
    );
    const after = { ...item, ...changes };
    if (after.scope === 'individual' && !after.person) {
      throw new RuleViolationError('个人问题须填写当事人', [{ path: 'person', message: '个人问题须填写当事人' }]);
    }
    // Whatever the write (edit, move, import), a running deadline moves only through an approved 延期,
    // and a date being set is not already past.
    const deadlineRule = checkDeadlineEdit(item.status, item, after);
    if (!deadlineRule.allowed) throw new RuleViolationError(deadlineRule.reason, [{ path: 'deadline', message: deadlineRule.reason }]);
    enforceDates(checkNewDates(item, after, officeToday(new Date())));
    return { ...after, dueDate: dueDateOf(after) };
  }

  /**
   * Writes `after` only if nobody wrote since `before` was read, and records what changed: the edited
   * fields, the move, then any lifecycle events the caller adds (the 'moved' event keeps the column
   * history complete for the dashboard whatever caused the move).
   */
  async save(
    manager: EntityManager,
    before: ItemEntity,
    after: ItemEntity,
    changes: ItemChanges,
    actor: Actor,
    extraEvents: NewItemEvent[] = [],
    /** Why the card moved, when the mover had to say (a department sending it back). */
    moveReason: string | null = null,
  ): Promise<ItemEntity> {
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
    if (edited) events.push({ itemId: before.id, at, kind: 'updated', ...edited });
    if (after.status !== before.status) {
      events.push({ itemId: before.id, at, kind: 'moved', before: { status: before.status }, after: { status: after.status, ...(moveReason ? { reason: moveReason } : {}) } });
    }
    events.push(...extraEvents);
    await appendEvents(manager, actor, events);
    await this.announceAssignment(manager, before, after, actor, at);
    return { ...after, ...next };
  }

  /** 交办 and re-assignment: the departments newly on the item are told, in the write's transaction. */
  private async announceAssignment(manager: EntityManager, before: ItemEntity | null, after: ItemEntity, actor: Actor, at: string): Promise<void> {
    const { lead, cooperating } = newlyAssigned(before, after);
    const notices = [
      ...(lead ? [lifecycleNotices.assigned(after, actor.id, lead, 'lead', actor.displayName)] : []),
      ...cooperating.map((id) => lifecycleNotices.assigned(after, actor.id, id, 'cooperating', actor.displayName)),
    ];
    for (const notice of notices) await this.notifications.notify(manager, notice.recipients, notice.message, at);
    await announcePeople(this.notifications, manager, before, after, actor, at);
  }

  async view(item: ItemEntity): Promise<ItemView> {
    return toItemView(item, await this.departments.namesById(), new Date(), this.settings.warning());
  }
}

/** A date rule broken (a past deadline or review date being set): 422 on the field it concerns. */
function enforceDates(check: ReturnType<typeof checkNewDates>): void {
  if (check.allowed) return;
  throw new RuleViolationError(check.reason, [{ path: check.field, message: check.reason }]);
}
