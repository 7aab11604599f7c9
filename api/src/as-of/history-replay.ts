/**
 * The history, kept in memory as read from the chain, and the items it yields for any office day.
 * The chain is append-only, so each request reads only the events written since the last one (and
 * checks them link by link and hash by hash as the verifier does); an office day's items, once
 * replayed against a chain head, cannot change until the chain grows, so the last few are kept.
 */
import { officeDayEnd, replayUntil, type HistoryCheckpoint, type RectifyItem, type ReplayEvent } from '@rectify/shared';
import type { HistoryService } from '../history/history.service.js';

interface ItemHistory {
  events: ReplayEvent[];
  atMs: number[];
}

const KEEP_DAYS = 16;

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
      const item = replayUntil(history.events, end, history.atMs);
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
      if (!history) this.items.set(event.itemId, (history = { events: [], atMs: [] }));
      history.events.push(event);
      history.atMs.push(Date.parse(event.at));
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
