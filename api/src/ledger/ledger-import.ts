import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  canDo,
  DICTIONARY_KIND_LABELS,
  DICTIONARY_KINDS,
  dueDateOf,
  NEW_ITEM_LIFECYCLE,
  planLedgerImport,
  type Actor,
  type DictionaryKind,
  type ItemFields,
  type LedgerImportContext,
  type LedgerPlan,
  type LedgerSheetRow,
  type MatchedColumn,
} from '@rectify/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { WriteQueue } from '../database/write-queue.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { DictionariesService } from '../dictionaries/dictionaries.service.js';
import { ProgressEntryEntity } from '../evidence/progress-entry.entity.js';
import type { NewItemEvent } from '../history/item-history.js';
import { ItemChangeRules } from '../items/item-changes.js';
import { nextItemCode } from '../items/item-codes.js';
import { ItemWriter } from '../items/item-writer.js';
import type { ItemEntity } from '../items/item.entity.js';
import { refuseUnless } from '../items/permitted-item.js';
import { loadLedgerContext } from './ledger-context.js';

/** The departments and dictionary entries a 台账 import creates (from the mapping step). */
export interface LedgerEntriesToCreate {
  departments: string[];
  dictionaries: Record<DictionaryKind, string[]>;
}

/** Thrown inside the write queue to roll back entries created for a plan that then held errors. */
class RefusedPlan extends Error {
  constructor(readonly plan: LedgerPlan) {
    super('refused');
  }
}

/** A dry run's context, as if the entries to create existed already. */
function withEntriesToCreate(context: LedgerImportContext, create: LedgerEntriesToCreate): LedgerImportContext {
  return {
    ...context,
    departments: [...context.departments, ...create.departments.map((name) => ({ id: randomUUID(), name }))],
    dictionaries: {
      source: [...context.dictionaries.source, ...create.dictionaries.source.map((name) => ({ name, active: true }))],
      category: [...context.dictionaries.category, ...create.dictionaries.category.map((name) => ({ name, active: true }))],
      cause_tag: [...context.dictionaries.cause_tag, ...create.dictionaries.cause_tag.map((name) => ({ name, active: true }))],
    },
  };
}

/** The 台账 import's writes: the plan (shared) applied through the items' one write path. */
@Injectable()
export class LedgerImporter {
  private readonly manager: EntityManager;

  constructor(
    dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly dictionaries: DictionariesService,
    private readonly rules: ItemChangeRules,
    private readonly writer: ItemWriter,
    private readonly writeQueue: WriteQueue,
  ) {
    this.manager = dataSource.manager;
  }

  /**
   * 台账 import (rules: shared/src/ledger/ledger-import.ts). The file is planned against the data;
   * a dry run, or a plan with any error, writes nothing. Otherwise one transaction in the write queue,
   * planned again inside it so nothing changes between check and write: new items inserted with
   * their 编号 (the file's, or the next free one) and history ('created', plus 'moved' when they land
   * past 发现问题); existing items updated through the same path as an edit (version bump, 'updated'
   * event). Departments and dictionary entries the mapping step chose to create are created first in
   * the same transaction (rolled back with everything else when the plan has an error), and recorded
   * in the history of the first item naming them. A new row's 整改进展 becomes its first progress
   * entry; a row 已销号 on paper is marked closedVia 'ledger'. Returns the plan and the new 编号.
   */
  async importLedger(
    columns: readonly MatchedColumn[],
    rows: readonly LedgerSheetRow[],
    actor: Actor,
    options: { dryRun: boolean; headerRow: number; create?: LedgerEntriesToCreate },
  ): Promise<{ plan: LedgerPlan; createdCodes: string[] | null }> {
    refuseUnless(canDo(actor, 'ledger.import'));
    const create = options.create ?? { departments: [], dictionaries: { source: [], category: [], cause_tag: [] } };
    const creating = create.departments.length + Object.values(create.dictionaries).flat().length > 0;
    if (creating) refuseUnless(canDo(actor, 'ledger.createEntries'));
    const now = new Date();
    if (options.dryRun) {
      const context = withEntriesToCreate(await loadLedgerContext(this.manager, columns, rows, now), create);
      return { plan: planLedgerImport(columns, rows, context, options.headerRow), createdCodes: null };
    }
    try {
      return await this.writeQueue.run((manager) => this.writeLedger(manager, columns, rows, actor, options.headerRow, create, now));
    } catch (error) {
      // A plan with errors after the entries were created: the transaction was rolled back.
      if (error instanceof RefusedPlan) return { plan: error.plan, createdCodes: null };
      throw error;
    }
  }

  private async writeLedger(
    manager: EntityManager,
    columns: readonly MatchedColumn[],
    rows: readonly LedgerSheetRow[],
    actor: Actor,
    headerRow: number,
    create: LedgerEntriesToCreate,
    now: Date,
  ): Promise<{ plan: LedgerPlan; createdCodes: string[] | null }> {
    const newEntries: Array<{ label: string; name: string; test: (fields: ItemFields) => boolean }> = [];
    for (const name of create.departments) {
      const department = await this.departments.createIn(manager, { name, parentId: null }, actor);
      newEntries.push({ label: '责任部门', name, test: (f) => f.departmentId === department.id || f.coDepartmentIds.includes(department.id) });
    }
    for (const kind of DICTIONARY_KINDS) {
      for (const name of create.dictionaries[kind]) {
        await this.dictionaries.createIn(manager, { kind, name, codeLetters: null }, actor);
        const field = {
          source: (f: ItemFields) => f.source === name,
          category: (f: ItemFields) => f.category === name,
          cause_tag: (f: ItemFields) => f.causeTags.includes(name),
        }[kind];
        newEntries.push({ label: DICTIONARY_KIND_LABELS[kind], name, test: field });
      }
    }
    const plan = planLedgerImport(columns, rows, await loadLedgerContext(manager, columns, rows, now), headerRow);
    if (plan.errors.length) {
      if (newEntries.length) throw new RefusedPlan(plan);
      return { plan, createdCodes: null };
    }
    const at = now.toISOString();
    const entryEvents = (itemId: string, fields: ItemFields): NewItemEvent[] =>
      newEntries.splice(0, newEntries.length).flatMap((entry) => {
        if (!entry.test(fields)) {
          newEntries.push(entry);
          return [];
        }
        return [{ itemId, at, kind: 'entries_created' as const, before: null, after: { [entry.label]: entry.name } }];
      });
    const sources = await this.dictionaries.sourceCodes(manager);
    const fileCodes = new Set(plan.creates.flatMap((c) => (c.code ? [c.code] : [])));
    const created: ItemEntity[] = [];
    const events: NewItemEvent[] = [];
    const progressEntries: ProgressEntryEntity[] = [];
    for (const { code: given, fields, status, closedAt, progress } of plan.creates) {
      let code = given;
      if (!code) {
        // From the database's per-prefix counter, past any code the file itself brings.
        code = await nextItemCode(manager, fields.source, sources, now, fileCodes);
      }
      // A row marked 已销号 in the office's own ledger was signed off before it came here: 按台账导入的已销号事项, no review event.
      const signoff = status === 'closed' ? 'approved' : 'none';
      const closedVia = status === 'closed' ? ('ledger' as const) : null;
      const id = randomUUID();
      const entry = progress && {
        id,
        itemId: id,
        date: progress.date,
        text: progress.text,
        round: 1,
        authorId: actor.id,
        authorName: actor.displayName,
        createdAt: at,
      };
      const item: ItemEntity = {
        ...fields,
        ...NEW_ITEM_LIFECYCLE,
        signoff,
        closedVia,
        lastProgressDate: entry ? entry.date : null,
        id,
        code,
        dueDate: dueDateOf(fields),
        status,
        version: 1,
        createdAt: at,
        updatedAt: at,
        closedAt,
      };
      created.push(item);
      events.push({
        itemId: id,
        at,
        kind: 'created',
        before: null,
        after: { ...fields, code, status: 'found', ...(closedVia ? { 导入说明: '按台账导入的已销号事项' } : {}) },
      });
      events.push(...entryEvents(id, fields));
      if (status !== 'found') events.push({ itemId: id, at, kind: 'moved', before: { status: 'found' }, after: { status } });
      if (entry) {
        progressEntries.push({ ...entry, id: randomUUID() });
        events.push({
          itemId: id,
          at,
          kind: 'progress_added',
          before: null,
          after: { progressId: progressEntries.at(-1)!.id, date: entry.date, text: entry.text, round: 1 },
        });
      }
    }
    await this.writer.insert(manager, created, events, actor, { announce: false });
    for (let i = 0; i < progressEntries.length; i += 50) await manager.getRepository(ProgressEntryEntity).insert(progressEntries.slice(i, i + 50));
    for (const update of plan.updates) {
      const before = update.item as ItemEntity;
      const after = await this.rules.apply(manager, before, update.changes);
      await this.writer.update(manager, before, { edits: update.changes, events: entryEvents(before.id, after) }, actor);
    }
    return { plan, createdCodes: created.map((c) => c.code) };
  }
}
