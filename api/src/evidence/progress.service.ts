import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { canDoOnItem, type Actor, type EvidenceView, type ProgressEntryRequest, type ProgressEntryView } from '@rectify/shared';
import { In, Repository } from 'typeorm';
import { RuleViolationError } from '../common/domain-errors.js';
import { loadPermittedItem } from '../items/permitted-item.js';
import { WriteQueue } from '../database/write-queue.js';
import { EvidenceFileEntity } from './evidence-file.entity.js';
import { toEvidenceView } from './evidence-view.js';
import { ItemWriter } from '../items/item-writer.js';
import { ProgressEntryEntity } from './progress-entry.entity.js';

/** 整改进展: a dated log per item; each entry may carry 佐证材料 (uploaded with its progressId). */
@Injectable()
export class ProgressService {
  constructor(
    @InjectRepository(ProgressEntryEntity) private readonly entries: Repository<ProgressEntryEntity>,
    private readonly writeQueue: WriteQueue,
    private readonly writer: ItemWriter,
  ) {}

  /** Newest first (by the date of the work, then by when it was entered), each with its files. */
  async list(itemId: string, actor: Actor): Promise<ProgressEntryView[]> {
    const item = await loadPermittedItem(this.entries.manager, itemId, actor, 'item.read');
    const rows = await this.entries.find({ where: { itemId: item.id }, order: { date: 'DESC', createdAt: 'DESC' } });
    const files = new Map<string, EvidenceView[]>();
    if (rows.length && canDoOnItem(actor, 'evidence.read', item).allowed) {
      const evidence = await this.entries.manager
        .getRepository(EvidenceFileEntity)
        .find({ where: { itemId: item.id, progressId: In(rows.map((r) => r.id)) }, order: { uploadedAt: 'ASC' } });
      for (const file of evidence) files.set(file.progressId!, [...(files.get(file.progressId!) ?? []), toEvidenceView(file)]);
    }
    return rows.map((row) => toProgressView(row, files.get(row.id) ?? []));
  }

  /**
   * Records an entry and moves the item's lastProgressDate forward (never back: an entry about last
   * month does not hide this week's) with its history event, in one queued transaction. The
   * item's version stays as it was: adding to the log does not overtake anyone's edit.
   */
  async add(itemId: string, request: ProgressEntryRequest, actor: Actor): Promise<ProgressEntryView> {
    const row = await this.writeQueue.run(async (manager) => {
      const item = await loadPermittedItem(manager, itemId, actor, 'progress.add');
      if (item.signoff === 'approved') {
        throw new RuleViolationError('事项已销号，不能再填报整改进展；如问题反弹，请经“回头看”重新整改');
      }
      const entry: ProgressEntryEntity = {
        id: randomUUID(),
        itemId: item.id,
        date: request.date,
        text: request.text,
        round: item.round,
        authorId: actor.id,
        authorName: actor.displayName,
        createdAt: new Date().toISOString(),
      };
      await manager.getRepository(ProgressEntryEntity).insert(entry);
      const later = !item.lastProgressDate || item.lastProgressDate < entry.date;
      await this.writer.record(
        manager,
        item.id,
        later ? { lastProgressDate: entry.date } : {},
        [{ kind: 'progress_added', before: null, after: { progressId: entry.id, date: entry.date, text: entry.text, round: entry.round } }],
        actor,
        entry.createdAt,
      );
      return entry;
    });
    return toProgressView(row, []);
  }
}

function toProgressView(row: ProgressEntryEntity, evidence: EvidenceView[]): ProgressEntryView {
  return { id: row.id, itemId: row.itemId, date: row.date, text: row.text, author: row.authorName, createdAt: row.createdAt, round: row.round, evidence };
}
