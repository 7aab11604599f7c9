import {
  cellText,
  LEDGER_LIMITS,
  type LedgerImportContext,
  type LedgerImportResult,
  type LedgerPlan,
  type LedgerSheetRow,
  type MatchedColumn,
  describeLedgerProblem,
} from '@rectify/shared';
import { In, type EntityManager } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity.js';
import { DictionaryEntryEntity } from '../dictionaries/dictionary-entry.entity.js';
import { ItemEntity } from '../items/item.entity.js';

/** SQLite caps bound parameters per statement. */
const CHUNK = 500;

/**
 * What planLedgerImport compares the file with, read through `manager` (inside the write queue for
 * a real import, so nothing changes between the check and the write): the items the file's 编号 name,
 * departments, dictionaries, and the items whose 问题描述 a row without 编号 repeats.
 */
export async function loadLedgerContext(
  manager: EntityManager,
  columns: readonly MatchedColumn[],
  rows: readonly LedgerSheetRow[],
  now: Date,
): Promise<LedgerImportContext> {
  const at = (key: MatchedColumn['key']) => columns.find((c) => c.key === key)?.index;
  const codeAt = at('code');
  const descriptionAt = at('description');
  const codes = new Set<string>();
  const descriptions = new Set<string>();
  for (const { cells } of rows) {
    const code =
      codeAt === undefined
        ? ''
        : cellText(cells[codeAt] ?? null)
            .normalize('NFKC')
            .toUpperCase();
    if (code) codes.add(code);
    else if (descriptionAt !== undefined) {
      const description = cellText(cells[descriptionAt] ?? null);
      if (description) descriptions.add(description);
    }
  }

  const items = manager.getRepository(ItemEntity);
  const existing = new Map<string, ItemEntity>();
  for (const chunk of chunks([...codes])) for (const item of await items.findBy({ code: In(chunk) })) existing.set(item.code, item);
  const byDescription = new Map<string, string>();
  for (const chunk of chunks([...descriptions])) {
    const found = await items.find({ select: { code: true, description: true }, where: { description: In(chunk) }, order: { code: 'ASC' } });
    for (const item of found) if (!byDescription.has(item.description)) byDescription.set(item.description, item.code);
  }

  const entries = await manager.getRepository(DictionaryEntryEntity).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  const entriesOf = (kind: DictionaryEntryEntity['kind']) => entries.filter((e) => e.kind === kind).map((e) => ({ name: e.name, active: !!e.active }));
  return {
    now,
    existing,
    departments: await manager.getRepository(DepartmentEntity).find({ select: { id: true, name: true }, order: { name: 'ASC' } }),
    dictionaries: { source: entriesOf('source'), category: entriesOf('category'), cause_tag: entriesOf('cause_tag') },
    descriptions: byDescription,
  };
}

function chunks<T>(values: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) result.push(values.slice(i, i + CHUNK));
  return result;
}

/** The answer to an import, from its plan (and, after a real import, the 编号 each new row received). */
export function importResultOf(
  plan: LedgerPlan,
  options: { dryRun: boolean; sheet: string; headerRow: number; createdCodes?: readonly string[] },
): LedgerImportResult {
  const created = plan.creates.map((c, i) => {
    const code = options.createdCodes?.[i] ?? c.code;
    return { row: c.row, ...(code ? { code } : {}), title: c.fields.title, status: c.status };
  });
  const updated = plan.updates.map((u) => ({ row: u.row, code: u.item.code, title: u.item.title, changes: u.labels }));
  const counts = `新增${created.length}条、更新${updated.length}条，${plan.unchanged}条无变化`;
  const first = plan.errors[0];
  const message = first
    ? `发现${plan.errors.length}处问题，未导入任何数据：${describeLedgerProblem(first)}${plan.errors.length > 1 ? '……' : ''}`
    : options.dryRun
      ? `预检通过：将${counts}。确认无误后再正式导入`
      : `导入完成：${counts}`;
  return {
    dryRun: options.dryRun,
    message,
    sheet: options.sheet,
    headerRow: options.headerRow,
    created,
    updated,
    unchanged: plan.unchanged,
    errors: plan.errors.slice(0, LEDGER_LIMITS.maxListedErrors),
    errorCount: plan.errors.length,
    warnings: plan.warnings,
    ignoredColumns: plan.ignoredColumns,
  };
}
