import type { ItemFields } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { ItemEventEntity } from './item-event.entity.js';
import type { ItemEntity } from './item.entity.js';

/** Until sign-in exists every change is recorded under this name. */
export const ANONYMOUS_ACTOR = '未登录用户';

export type NewItemEvent = Omit<ItemEventEntity, 'seq'>;

/** Appends history events inside the caller's transaction (chunked: SQLite caps bound parameters). */
export async function recordEvents(manager: EntityManager, events: NewItemEvent[]): Promise<void> {
  // TypeORM's partial-entity type cannot express free-form JSON payloads; the rows are complete.
  const rows = events as QueryDeepPartialEntity<ItemEventEntity>[];
  for (let i = 0; i < rows.length; i += 100) await manager.getRepository(ItemEventEntity).insert(rows.slice(i, i + 100));
}

/** The fields whose value differs, each with its old and new value. */
export function changedFields(
  before: ItemEntity,
  changes: Partial<ItemFields>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const diff = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const [field, value] of Object.entries(changes)) {
    const old = before[field as keyof ItemEntity];
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    diff.before[field] = old;
    diff.after[field] = value;
  }
  return Object.keys(diff.after).length ? diff : null;
}
