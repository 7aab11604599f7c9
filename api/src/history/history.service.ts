import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { columnStaysFromTotals, officeToday, type AuditVerification, type ColumnStay, type ItemEventView, type ReplayEvent } from '@rectify/shared';
import { Repository } from 'typeorm';
import { stayTotals } from './column-stays.js';
import { eventHash, GENESIS_HASH } from './event-chain.js';
import { ItemEventEntity } from './item-event.entity.js';
import { chainedContent, storedEvents, type StoredEventRow } from './stored-events.js';

const BATCH = 1000;

@Injectable()
export class HistoryService {
  constructor(@InjectRepository(ItemEventEntity) private readonly events: Repository<ItemEventEntity>) {}

  async timeline(itemId: string): Promise<ItemEventView[]> {
    const rows = await storedEvents(this.events).where('e.itemId = :itemId', { itemId }).getRawMany<StoredEventRow>();
    return rows.map((row) => {
      const view = { seq: Number(row.seq), at: row.at, actor: row.actor, kind: row.kind };
      const content = chainedContent(row);
      // A row altered in the database is shown as such (the verifier reports where), never dropped.
      return content ? { ...view, before: content.before, after: content.after } : { ...view, before: null, after: null, unreadable: true as const };
    });
  }

  /** Average time per column over these cards, from the stay totals kept as history is written (not a replay of it). */
  async columnStays(itemIds: ReadonlySet<string>): Promise<ColumnStay[]> {
    return columnStaysFromTotals(await stayTotals(this.events.manager, itemIds));
  }

  /**
   * The office day the item's current deadline was set: the last event that gave it a deadline
   * (registration, an edit, an approved 延期, a correction, 回头看). Null when none did.
   */
  async deadlineSetOn(itemId: string): Promise<string | null> {
    const events = await this.timeline(itemId);
    const setting = events.findLast((e) => {
      const after = e.after as { deadline?: unknown } | null;
      const before = e.before as { deadline?: unknown } | null;
      return typeof after?.deadline === 'string' && after.deadline !== before?.deadline;
    });
    return setting ? officeToday(new Date(setting.at)) : null;
  }

  /**
   * The chain after `afterSeq`, checked link by link and hash by hash as verify() does, continuing from
   * `prevHash` (the hash of event `afterSeq`): the events in order, up to the first break if any.
   * For readers that keep the history in memory and read only what was appended since (as-of views).
   */
  async chainAfter(
    afterSeq: number,
    prevHash: string | null,
  ): Promise<{ events: ReplayEvent[]; lastSeq: number; lastHash: string; firstBroken?: AuditVerification['firstBroken'] }> {
    const events: ReplayEvent[] = [];
    let lastSeq = afterSeq;
    prevHash ??= GENESIS_HASH;
    for (;;) {
      const batch = await storedEvents(this.events).where('e.seq > :lastSeq', { lastSeq }).limit(BATCH).getRawMany<StoredEventRow>();
      for (const row of batch) {
        const seq = Number(row.seq);
        const content = chainedContent(row);
        const problem =
          row.prevHash !== prevHash
            ? '与前一条记录的链接不符：其前有记录被删除、插入或改动'
            : !content || eventHash(content) !== row.hash
              ? '记录内容与其哈希不符：该条记录被改动'
              : null;
        if (problem || !content) return { events, lastSeq, lastHash: prevHash, firstBroken: { seq, itemId: row.itemId, problem: problem ?? '' } };
        events.push({
          seq,
          itemId: row.itemId,
          at: row.at,
          actor: row.actor,
          actorId: row.actorId,
          kind: row.kind,
          before: content.before,
          after: content.after,
        });
        prevHash = row.hash;
        lastSeq = seq;
      }
      if (batch.length < BATCH) return { events, lastSeq, lastHash: prevHash };
    }
  }

  /** The stored hash of event `seq` (undefined when there is no such event): tells a reader whether the chain it read is still there. */
  async hashOf(seq: number): Promise<string | undefined> {
    const row = await this.events.findOne({ select: { hash: true }, where: { seq } });
    return row?.hash;
  }

  /**
   * Walks the whole chain in order, once; the first event whose content or link does not match breaks
   * it. Rows are read as stored text: one whose JSON was altered is a break, not an error.
   */
  async verify(): Promise<AuditVerification> {
    let prevHash = GENESIS_HASH;
    let checked = 0;
    let lastSeq = 0;
    for (;;) {
      const batch = await storedEvents(this.events).where('e.seq > :lastSeq', { lastSeq }).limit(BATCH).getRawMany<StoredEventRow>();
      for (const row of batch) {
        const seq = Number(row.seq);
        if (row.prevHash !== prevHash) {
          return { ok: false, checked, firstBroken: { seq, itemId: row.itemId, problem: '与前一条记录的链接不符：其前有记录被删除、插入或改动' } };
        }
        const content = chainedContent(row);
        if (!content || eventHash(content) !== row.hash) {
          return { ok: false, checked, firstBroken: { seq, itemId: row.itemId, problem: '记录内容与其哈希不符：该条记录被改动' } };
        }
        prevHash = row.hash;
        checked++;
      }
      if (batch.length < BATCH) return { ok: true, checked };
      lastSeq = Number(batch[batch.length - 1].seq);
    }
  }
}
