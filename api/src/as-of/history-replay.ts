/**
 * The history, kept in memory as read from the chain, and the items it yields for any office day.
 * The chain is append-only, so each request reads only the events written since the last one (and
 * checks them link by link and hash by hash as the verifier does); an office day's items, once
 * replayed against a chain head, cannot change until the chain grows, so the last few are kept.
 */
import { officeDayEnd, replayRange, replayUntil, type HistoryCheckpoint, type RectifyItem, type ReplayEvent } from '@rectify/shared';
import type { HistoryService } from '../history/history.service.js';

interface ItemHistory {
  events: ReplayEvent[];
  atMs: number[];
  /** The events are in time order (always, but for back-dated demo data): a day's events are a prefix. */
  ordered: boolean;
  /** States already replayed, by how many events they include (a few, most recent last). */
  states: Array<[number, RectifyItem | undefined]>;
}

const KEEP_DAYS = 16;
const KEEP_STATES = 4;

export class HistoryReplay {
  private items = new Map<string, ItemHistory>();
  private checkpoint: HistoryCheckpoint = { ok: true, checked: 0, lastSeq: 0, lastHash: '' };
  private days = new Map<string, RectifyItem[]>();
  private reading: Promise<HistoryCheckpoint> | null = null;

  constructor(private readonly history: HistoryService) {}

  /** Brings the copy up to the chain's head (one reader at a time) and says which point that is. */
  async refresh(): Promise<HistoryCheckpoint> {
    this.reading ??= this.read().finally(() => (this.reading = null));
    return this.reading;
  }

  /** The items as they stood at the end of `day`, against the checkpoint last read. */
  itemsAsOf(day: string): RectifyItem[] {
    const key = `${day}@${this.checkpoint.lastSeq}`;
    const kept = this.days.get(key);
    if (kept) return kept;
    const end = officeDayEnd(day);
    const items: RectifyItem[] = [];
    for (const history of this.items.values()) {
      const item = history.ordered ? stateAt(history, end) : replayUntil(history.events, end, history.atMs);
      if (item) items.push(item);
    }
    if (this.days.size >= KEEP_DAYS) this.days.delete(this.days.keys().next().value!);
    this.days.set(key, items);
    return items;
  }

  /** The events of these items up to the end of `day` (for column stays). */
  eventsAsOf(ids: ReadonlySet<string>, day: string): ReplayEvent[] {
    const end = officeDayEnd(day);
    const events: ReplayEvent[] = [];
    for (const id of ids) {
      const history = this.items.get(id);
      if (!history) continue;
      for (let i = 0; i < history.events.length; i++) if (history.atMs[i] < end) events.push(history.events[i]);
    }
    return events;
  }

  private async read(): Promise<HistoryCheckpoint> {
    const { lastSeq, lastHash } = this.checkpoint;
    // A restored backup replaces the chain: start over when the event last read is no longer there.
    if (lastSeq > 0 && (await this.history.hashOf(lastSeq)) !== lastHash) this.reset();
    if (!this.checkpoint.ok) return this.checkpoint;
    const read = await this.history.chainAfter(this.checkpoint.lastSeq, this.checkpoint.lastSeq ? this.checkpoint.lastHash : null);
    for (const event of read.events) {
      let history = this.items.get(event.itemId);
      if (!history) this.items.set(event.itemId, (history = { events: [], atMs: [], ordered: true, states: [] }));
      const at = Date.parse(event.at);
      if (history.atMs.length && at < history.atMs[history.atMs.length - 1]) history.ordered = false;
      history.events.push(event);
      history.atMs.push(at);
    }
    if (read.events.length || read.firstBroken) {
      this.checkpoint = {
        ok: !read.firstBroken,
        checked: this.checkpoint.checked + read.events.length,
        lastSeq: read.lastSeq,
        lastHash: read.lastHash,
        ...(read.firstBroken ? { firstBroken: read.firstBroken } : {}),
      };
    }
    return this.checkpoint;
  }

  private reset(): void {
    this.items = new Map();
    this.days = new Map();
    this.checkpoint = { ok: true, checked: 0, lastSeq: 0, lastHash: '' };
  }
}

/**
 * The item after its events before `end`, from the nearest state already replayed: days close
 * together differ by a few events on a few items, so most items answer with a state kept from before.
 * States are never changed once made (replayRange copies), so days share them.
 */
function stateAt(history: ItemHistory, end: number): RectifyItem | undefined {
  // How many events happened before the end (binary search over the times, in order).
  let low = 0;
  let high = history.atMs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (history.atMs[mid] < end) low = mid + 1;
    else high = mid;
  }
  const count = low;
  if (count === 0) return undefined;
  let from: [number, RectifyItem | undefined] = [0, undefined];
  for (const kept of history.states) {
    if (kept[0] === count) return kept[1];
    if (kept[0] < count && kept[0] > from[0]) from = kept;
  }
  const state = replayRange(history.events, history.atMs, from[1], from[0], count);
  if (history.states.length >= KEEP_STATES) history.states.shift();
  history.states.push([count, state]);
  return state;
}
