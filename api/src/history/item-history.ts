import type { Actor, ItemFields } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { holdWriteLock } from '../database/write-lock.js';
import { recordStays } from './column-stays.js';
import { eventHash, GENESIS_HASH } from './event-chain.js';
import { ItemEventEntity, type ItemEventKind } from './item-event.entity.js';

/** Who an event is recorded under: a signed-in actor, or a named system writer (demo data). */
export type EventAuthor = Pick<Actor, 'id' | 'displayName'> | { id: null; displayName: string };

export interface NewItemEvent {
  itemId: string;
  at: string;
  kind: ItemEventKind;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Appends events to the chain inside the caller's transaction. Must run in the write queue: the
 * chain's head is read and extended without another writer in between, in this process and (the
 * write lock, held until the transaction ends) in every other process on the same PostgreSQL.
 * The cards' per-column stay totals are updated in the same transaction.
 */
export async function appendEvents(manager: EntityManager, author: EventAuthor, events: NewItemEvent[]): Promise<void> {
  if (!events.length) return;
  await holdWriteLock(manager);
  const repository = manager.getRepository(ItemEventEntity);
  const [head] = await repository.find({ select: { hash: true }, order: { seq: 'DESC' }, take: 1 });
  let prevHash = head?.hash ?? GENESIS_HASH;
  const rows = events.map((event) => {
    const content = { ...event, actor: author.displayName, actorId: author.id, prevHash };
    prevHash = eventHash(content);
    return { ...content, hash: prevHash };
  });
  // Chunked: SQLite caps bound parameters per statement. TypeORM's partial-entity type cannot
  // express free-form JSON payloads; the rows are complete.
  for (let i = 0; i < rows.length; i += 50) await repository.insert(rows.slice(i, i + 50) as QueryDeepPartialEntity<ItemEventEntity>[]);
  await recordStays(manager, events);
}

/** The fields whose value differs, each with its old and new value. */
export function changedFields(
  before: Partial<ItemFields>,
  changes: Partial<ItemFields>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const diff = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const [field, value] of Object.entries(changes)) {
    const old = before[field as keyof ItemFields];
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    diff.before[field] = old;
    diff.after[field] = value;
  }
  return Object.keys(diff.after).length ? diff : null;
}
