/**
 * How long cards stay in each column, read from their history: a card enters 发现问题 when created
 * and each move ends its stay in one column and starts one in the next. Only finished stays count
 * (a card still sitting in a column has not told us how long it will stay there).
 *
 * The API keeps running totals per card as events are written (`stayStep` on each event), so the
 * dashboard reads totals instead of the whole history; `averageDaysInColumns` is the same rule over a
 * list of events.
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

/** The column a card sits in now, and since when (ms since epoch). */
export interface OpenStay {
  column: ColumnKey;
  since: number;
}

/** Finished stays in one column: their summed length and how many. */
export interface StayTotal {
  ms: number;
  count: number;
}

const DAY_MS = 86_400_000;

/**
 * One event's effect on a card: the stay it finishes (a move out of a column) and the card's open
 * stay afterwards. Events other than creations and moves into a column change nothing.
 */
export function stayStep(
  open: OpenStay | undefined,
  event: Pick<StayEvent, 'at' | 'kind' | 'after'>,
): { finished: { column: ColumnKey; ms: number } | null; open: OpenStay | undefined } {
  const at = Date.parse(event.at);
  if (event.kind === 'created') {
    const status = event.after?.status;
    return { finished: null, open: { column: isColumnKey(status) ? status : 'found', since: at } };
  }
  if (event.kind === 'moved' && isColumnKey(event.after?.status)) {
    return { finished: open ? { column: open.column, ms: Math.max(0, at - open.since) } : null, open: { column: event.after.status, since: at } };
  }
  return { finished: null, open };
}

/** The dashboard's figures from finished-stay totals per column. */
export function columnStaysFromTotals(totals: ReadonlyMap<ColumnKey, StayTotal>): ColumnStay[] {
  return COLUMN_KEYS.map((key) => {
    const { ms, count } = totals.get(key) ?? { ms: 0, count: 0 };
    return { key, title: COLUMN_TITLES[key], averageDays: count ? Math.round((ms / count / DAY_MS) * 10) / 10 : null, stays: count };
  });
}

export function averageDaysInColumns(events: readonly StayEvent[]): ColumnStay[] {
  const totals = new Map<ColumnKey, StayTotal>(COLUMN_KEYS.map((k) => [k, { ms: 0, count: 0 }]));
  const current = new Map<string, OpenStay | undefined>();
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const event of ordered) {
    const step = stayStep(current.get(event.itemId), event);
    if (step.finished) {
      const total = totals.get(step.finished.column)!;
      total.ms += step.finished.ms;
      total.count++;
    }
    current.set(event.itemId, step.open);
  }
  return columnStaysFromTotals(totals);
}
