/**
 * How long cards stay in each column, read from their history: a card enters 发现问题 when created
 * and each move ends its stay in one column and starts one in the next. Only finished stays count
 * (a card still sitting in a column has not told us how long it will stay there).
 */
import { COLUMN_KEYS, COLUMN_TITLES, isColumnKey, type ColumnKey } from '../workflow/columns.js';

/** The history events that matter here, in time order per item. */
export interface StayEvent {
  itemId: string;
  at: string;
  kind: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ColumnStay {
  key: ColumnKey;
  title: string;
  /** Mean length of a finished stay, in days (one decimal); null when no card has left the column yet. */
  averageDays: number | null;
  /** How many finished stays the average is over. */
  stays: number;
}

const DAY_MS = 86_400_000;

export function averageDaysInColumns(events: readonly StayEvent[]): ColumnStay[] {
  const totals = new Map<ColumnKey, { ms: number; count: number }>(COLUMN_KEYS.map((k) => [k, { ms: 0, count: 0 }]));
  const current = new Map<string, { column: ColumnKey; since: number }>();
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const event of ordered) {
    const at = Date.parse(event.at);
    if (event.kind === 'created') {
      const status = event.after?.status;
      current.set(event.itemId, { column: isColumnKey(status) ? status : 'found', since: at });
    } else if (event.kind === 'moved' && isColumnKey(event.after?.status)) {
      const stay = current.get(event.itemId);
      if (stay) {
        const total = totals.get(stay.column)!;
        total.ms += Math.max(0, at - stay.since);
        total.count++;
      }
      current.set(event.itemId, { column: event.after.status, since: at });
    }
  }
  return COLUMN_KEYS.map((key) => {
    const { ms, count } = totals.get(key)!;
    return { key, title: COLUMN_TITLES[key], averageDays: count ? Math.round((ms / count / DAY_MS) * 10) / 10 : null, stays: count };
  });
}
