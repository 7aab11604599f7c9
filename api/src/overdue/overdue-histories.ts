import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  OVERDUE_HISTORY_EVENT_KINDS,
  officeDayEnd,
  overdueHistoryOf,
  type OverdueHistory,
  type OverdueHistoryEvent,
  type OverdueHistoryItem,
} from '@rectify/shared';
import { Repository } from 'typeorm';
import { ItemEventEntity } from '../history/item-event.entity.js';
import { parseStored, storedEvents, type StoredEventRow } from '../history/stored-events.js';

/** Item ids per query: well under SQLite's and PostgreSQL's bound-parameter limits. */
const ID_BATCH = 500;

/**
 * The 曾逾期 facts of a list of items (shared/src/warning/overdue-history.ts), read from their
 * history. A function of the items handed in, so any list (filtered, or as of a past day) can be fed.
 */
@Injectable()
export class OverdueHistories {
  constructor(@InjectRepository(ItemEventEntity) private readonly events: Repository<ItemEventEntity>) {}

  /** `today` may be a past day (the as-of views): events after its end are left out, as they had not happened. */
  async of(items: ReadonlyArray<OverdueHistoryItem & { id: string }>, today: string): Promise<Map<string, OverdueHistory>> {
    const byItem = await this.eventsOf(
      items.map((i) => i.id),
      new Date(officeDayEnd(today)).toISOString(),
    );
    return new Map(items.map((item) => [item.id, overdueHistoryOf(item, byItem.get(item.id) ?? [], today)]));
  }

  /** The events overdueHistoryOf reads, oldest first, by item. A row altered in the database is left out (the audit reports it). */
  private async eventsOf(itemIds: readonly string[], until: string): Promise<Map<string, OverdueHistoryEvent[]>> {
    const byItem = new Map<string, OverdueHistoryEvent[]>();
    for (let i = 0; i < itemIds.length; i += ID_BATCH) {
      const rows = await storedEvents(this.events)
        .where('e.itemId IN (:...ids)', { ids: itemIds.slice(i, i + ID_BATCH) })
        .andWhere('e.kind IN (:...kinds)', { kinds: OVERDUE_HISTORY_EVENT_KINDS })
        .getRawMany<StoredEventRow>();
      for (const row of rows) {
        const before = parseStored(row.before);
        const after = parseStored(row.after);
        if (before === undefined || after === undefined || row.at >= until) continue;
        const list = byItem.get(row.itemId) ?? [];
        list.push({ kind: row.kind, at: row.at, before, after });
        byItem.set(row.itemId, list);
      }
    }
    return byItem;
  }
}
