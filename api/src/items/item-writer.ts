import { Inject, Injectable } from '@nestjs/common';
import {
  checkDepartmentWrite,
  dueDateOf,
  lifecycleNotices,
  newlyAssigned,
  newlyAssignedPeople,
  type Action,
  type Actor,
  type ItemChangeSet,
  type ItemChanges,
  type Notice,
  type StepEvent,
} from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { StaleVersionError } from '../common/domain-errors.js';
import { NOTICE_SINK, type NoticeSink } from '../common/notice-sink.js';
import { appendEvents, changedFields, type NewItemEvent } from '../history/item-history.js';
import { ItemEntity } from './item.entity.js';
import { permittedItem, refuseUnless } from './permitted-item.js';

/** One versioned write of an item: what the actor edited, what the step sets, what it records and tells. */
export interface ItemWrite {
  /** Fields the actor edited (validated by the caller); recorded as one 'updated' event. */
  edits?: ItemChanges;
  /** The lifecycle state a step sets (shared/src/workflow/steps.ts). */
  changes?: ItemChangeSet;
  /** The step's history events, after the 'updated' and 'moved' ones. */
  events?: StepEvent[];
  /** The step's notices, after the 交办 ones. */
  notices?: Notice[];
  /** Why the card moved, when the mover had to say (a department sending it back). */
  moveReason?: string | null;
}

/**
 * The one write path of items: every write of an item row, its hash-chained history events and its
 * notices go through here, inside the caller's WriteQueue transaction. Items, the lifecycle steps,
 * progress, evidence and the 台账 import all write through it; none writes item rows itself.
 */
@Injectable()
export class ItemWriter {
  constructor(@Inject(NOTICE_SINK) private readonly notices: NoticeSink) {}

  /** Inside the write queue: the item, if the actor may do `action` on it and the version they read is still current. */
  async load(manager: EntityManager, id: string, version: number, actor: Actor, action: Action, edits: ItemChanges = {}): Promise<ItemEntity> {
    const item = permittedItem(actor, action, await manager.getRepository(ItemEntity).findOneBy({ id }));
    const changed = Object.keys(changedFields(item, edits)?.after ?? {});
    refuseUnless(checkDepartmentWrite(actor, { kind: 'edit', changedFields: changed }));
    if (item.version !== version) throw new StaleVersionError(item.version);
    return item;
  }

  /**
   * Writes the edits and the step's changes only if nobody wrote since `before` was read (version
   * check, version + 1), and records what changed: the edited fields, the move (the 'moved' event
   * keeps the column history complete whatever caused it), then the step's events; then tells the
   * departments newly on the item (交办) and whoever the step names.
   */
  async update(manager: EntityManager, before: ItemEntity, write: ItemWrite, actor: Actor): Promise<ItemEntity> {
    const at = new Date().toISOString();
    const merged: ItemEntity = { ...before, ...write.edits, ...write.changes };
    const after: ItemEntity = { ...merged, dueDate: dueDateOf(merged) };
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
    const edited = changedFields(before, write.edits ?? {});
    if (edited) events.push({ itemId: before.id, at, kind: 'updated', ...edited });
    if (after.status !== before.status) {
      const reason = write.moveReason ? { reason: write.moveReason } : {};
      events.push({ itemId: before.id, at, kind: 'moved', before: { status: before.status }, after: { status: after.status, ...reason } });
    }
    events.push(...this.stamped(before.id, at, write.events ?? []));
    await appendEvents(manager, actor, events);
    await this.send(manager, [...assignmentNotices(before, after, actor), ...(write.notices ?? [])], at);
    return { ...after, ...next };
  }

  /**
   * Counters kept on the item by the features that own them (progress's lastProgressDate, evidence's
   * count), with their events. No version bump: adding to the log does not overtake anyone's edit.
   */
  async record(
    manager: EntityManager,
    itemId: string,
    counters: Partial<Pick<ItemEntity, 'lastProgressDate'>>,
    events: StepEvent[],
    actor: Actor,
    at: string,
  ): Promise<void> {
    if (Object.keys(counters).length) await manager.getRepository(ItemEntity).update({ id: itemId }, counters);
    await appendEvents(manager, actor, this.stamped(itemId, at, events));
  }

  /** A 佐证材料 file added: evidenceCount + 1 in SQL (concurrent uploads never lose a count), its event; the version stays. */
  async countEvidence(manager: EntityManager, itemId: string, events: StepEvent[], actor: Actor, at: string): Promise<number> {
    await manager
      .createQueryBuilder()
      .update(ItemEntity)
      .set({ evidenceCount: () => '"evidenceCount" + 1' })
      .where('id = :id', { id: itemId })
      .execute();
    const item = await manager.getRepository(ItemEntity).findOneOrFail({ select: { id: true, evidenceCount: true }, where: { id: itemId } });
    await appendEvents(manager, actor, this.stamped(itemId, at, events));
    return item.evidenceCount;
  }

  /** New items with their history (a registration tells the departments given it: 交办). */
  async insert(manager: EntityManager, items: ItemEntity[], events: NewItemEvent[], actor: Actor, options: { announce: boolean }): Promise<void> {
    // Chunked: SQLite limits the number of bound parameters per statement (32,766; 200 items use about 9,000).
    for (let i = 0; i < items.length; i += 200) await manager.getRepository(ItemEntity).insert(items.slice(i, i + 200));
    await appendEvents(manager, actor, events);
    if (options.announce) {
      for (const item of items) await this.send(manager, assignmentNotices(null, item, actor), item.createdAt);
    }
  }

  private stamped(itemId: string, at: string, events: StepEvent[]): NewItemEvent[] {
    return events.map((event) => ({ itemId, at, ...event }));
  }

  private async send(manager: EntityManager, notices: Notice[], at: string): Promise<void> {
    for (const notice of notices) await this.notices.notify(manager, notice.recipients, notice.message, at);
  }
}

/** 交办 and re-assignment: the departments and the accounts (责任领导, 责任人) newly on the item are told. */
function assignmentNotices(before: ItemEntity | null, after: ItemEntity, actor: Actor): Notice[] {
  const { lead, cooperating } = newlyAssigned(before, after);
  return [
    ...(lead ? [lifecycleNotices.assigned(after, actor.id, lead, 'lead', actor.displayName)] : []),
    ...cooperating.map((id) => lifecycleNotices.assigned(after, actor.id, id, 'cooperating', actor.displayName)),
    ...newlyAssignedPeople(before, after).map(({ userId, role }) => lifecycleNotices.personAssigned(after, actor.id, userId, role, actor.displayName)),
  ];
}
