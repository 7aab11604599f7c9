import { stayStep, type ColumnKey, type OpenStay } from '@rectify/shared';
import { In, MoreThan, type EntityManager } from 'typeorm';
import { ItemColumnStayEntity } from './item-column-stay.entity.js';
import type { NewItemEvent } from './item-history.js';

/**
 * Folds newly appended events into the cards' per-column stay totals (rule: shared stayStep), inside
 * the append's transaction. Reads the touched cards' rows once and writes back only changed rows.
 */
export async function recordStays(manager: EntityManager, events: readonly NewItemEvent[]): Promise<void> {
  const relevant = events.filter((e) => e.kind === 'created' || e.kind === 'moved');
  if (!relevant.length) return;
  const repository = manager.getRepository(ItemColumnStayEntity);
  const ids = [...new Set(relevant.map((e) => e.itemId))];
  const rows = new Map<string, ItemColumnStayEntity>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of await repository.findBy({ itemId: In(ids.slice(i, i + 500)) })) rows.set(`${row.itemId}|${row.columnKey}`, row);
  }
  const open = new Map<string, OpenStay>();
  for (const row of rows.values()) if (row.enteredAt) open.set(row.itemId, { column: row.columnKey, since: Date.parse(row.enteredAt) });

  const changed = new Map<string, ItemColumnStayEntity>();
  const rowOf = (itemId: string, columnKey: ColumnKey) => {
    const key = `${itemId}|${columnKey}`;
    const row = rows.get(key) ?? { itemId, columnKey, totalMs: 0, stays: 0, enteredAt: null };
    rows.set(key, row);
    changed.set(key, row);
    return row;
  };
  for (const event of relevant) {
    const before = open.get(event.itemId);
    const step = stayStep(before, event);
    if (step.finished) {
      const row = rowOf(event.itemId, step.finished.column);
      row.totalMs = Number(row.totalMs) + step.finished.ms;
      row.stays++;
    }
    if (before) rowOf(event.itemId, before.column).enteredAt = null;
    if (step.open) {
      rowOf(event.itemId, step.open.column).enteredAt = event.at;
      open.set(event.itemId, step.open);
    }
  }
  // Chunked: SQLite caps bound parameters per statement.
  const list = [...changed.values()];
  for (let i = 0; i < list.length; i += 50) await repository.upsert(list.slice(i, i + 50), ['itemId', 'columnKey']);
}

/** Finished-stay totals per column over the given cards. */
export async function stayTotals(manager: EntityManager, itemIds: ReadonlySet<string>): Promise<Map<ColumnKey, { ms: number; count: number }>> {
  const totals = new Map<ColumnKey, { ms: number; count: number }>();
  const rows = await manager
    .getRepository(ItemColumnStayEntity)
    .find({ select: { itemId: true, columnKey: true, totalMs: true, stays: true }, where: { stays: MoreThan(0) } });
  for (const row of rows) {
    if (!itemIds.has(row.itemId)) continue;
    const total = totals.get(row.columnKey) ?? { ms: 0, count: 0 };
    total.ms += Number(row.totalMs);
    total.count += row.stays;
    totals.set(row.columnKey, total);
  }
  return totals;
}
