import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LEDGER_PROGRESS_ENTRIES, type LedgerProgressEntry } from '@rectify/shared';
import { In, Repository } from 'typeorm';
import { DepartmentsService } from '../departments/departments.service.js';
import { ProgressEntryEntity } from '../evidence/progress-entry.entity.js';

/** SQLite's limit on bound parameters is far above this; PostgreSQL's is 65,535. */
const ID_BATCH = 500;

/** What the 台账 export shows beyond the items: the office's name and each item's latest 整改进展. */
@Injectable()
export class LedgerExportExtras {
  constructor(
    @InjectRepository(ProgressEntryEntity) private readonly progress: Repository<ProgressEntryEntity>,
    private readonly departments: DepartmentsService,
  ) {}

  /** The unit (the one top-level department), as the report names it; null when there is none or several. */
  async officeName(): Promise<string | null> {
    const roots = (await this.departments.list()).filter((d) => d.parentId === null);
    return roots.length === 1 ? roots[0].name : null;
  }

  /** The latest 整改进展 entries of each item, by item id; with `until` (an ISO instant), only those written before it. */
  async progressOf(itemIds: readonly string[], until?: string): Promise<Map<string, LedgerProgressEntry[]>> {
    const byItem = new Map<string, LedgerProgressEntry[]>();
    for (let i = 0; i < itemIds.length; i += ID_BATCH) {
      const rows = await this.progress.find({
        where: { itemId: In(itemIds.slice(i, i + ID_BATCH)) },
        select: { itemId: true, date: true, text: true, createdAt: true },
        order: { date: 'ASC', createdAt: 'ASC' },
      });
      for (const row of rows) {
        if (until && row.createdAt >= until) continue;
        const list = byItem.get(row.itemId) ?? [];
        list.push({ date: row.date, text: row.text });
        if (list.length > LEDGER_PROGRESS_ENTRIES) list.shift();
        byItem.set(row.itemId, list);
      }
    }
    return byItem;
  }
}
