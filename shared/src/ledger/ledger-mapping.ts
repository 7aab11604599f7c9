/**
 * The mapping step of a 台账 import: an office's own list, its columns and its words, matched to the
 * board's fields and dictionaries. proposeLedgerMapping suggests (synonyms first, then containment,
 * a subsequence of characters and edit distance); applyLedgerMapping turns the file, under a
 * (possibly edited) mapping, into the columns and cells planLedgerImport reads, plus the departments
 * and dictionary entries the import must create first.
 *
 * A value entry is offered only for a value the board does not know: 市委第二巡察组反馈 → map to the
 * source 巡察反馈 with batch 市委第二巡察组反馈; 理想信念 → map to 理想信念/理论武装; a department no
 * existing name resembles → create. `keep` leaves the value as written (the preview then says why it
 * cannot be imported).
 */
import { z } from 'zod';
import type { DictionaryKind } from '../item/dictionaries.js';
import { cellText, columnLetter, isBlank, isInvalidCell, parseNameList, type LedgerCellValue } from './ledger-cells.js';
import { LEDGER_COLUMNS, ledgerColumn, normalizeHeader, type LedgerColumnKey } from './ledger-columns.js';
import type { MatchedColumn } from './ledger-headers.js';
import type { LedgerSheetRow } from './ledger-import.js';
import type { LedgerProblem } from './ledger-types.js';

/** The fields a file column may be mapped to: every column the import reads, and 整改进展 (a progress entry for new rows). */
export const LEDGER_MAPPING_FIELDS: readonly LedgerColumnKey[] = LEDGER_COLUMNS.filter((c) => c.imported || c.key === 'progress').map((c) => c.key);

export const LEDGER_VALUE_KINDS = ['source', 'category', 'causeTag', 'department'] as const;
export type LedgerValueKind = (typeof LEDGER_VALUE_KINDS)[number];
export const LEDGER_VALUE_KIND_LABELS: Record<LedgerValueKind, string> = {
  source: '问题来源',
  category: '问题类别',
  causeTag: '原因分析维度',
  department: '责任部门',
};
const DICTIONARY_OF: Record<Exclude<LedgerValueKind, 'department'>, DictionaryKind> = { source: 'source', category: 'category', causeTag: 'cause_tag' };

const columnMappingSchema = z.object({
  header: z.string().max(200),
  column: z.string().regex(/^[A-Z]{1,3}$/, { error: '列号应为 A、B、C…' }),
  field: z.enum(LEDGER_MAPPING_FIELDS as [LedgerColumnKey, ...LedgerColumnKey[]], { error: '不认识的字段' }).nullable(),
  suggested: z.boolean().default(false),
});
const valueMappingSchema = z
  .object({
    value: z.string().min(1).max(200),
    action: z.enum(['map', 'create', 'keep'], { error: '处理方式只能是 map、create 或 keep' }),
    to: z.string().trim().min(1).max(100).optional(),
    batch: z.string().trim().max(200).optional(),
    rows: z.number().int().nonnegative().optional(),
  })
  .refine((v) => v.action !== 'map' || !!v.to, { error: '选择“对应到”时须指定对应的名称', path: ['to'] });

/** The multipart field `mapping` (JSON), checked before it is applied. */
export const ledgerMappingSchema = z.object({
  columns: z.array(columnMappingSchema).max(200),
  values: z
    .object({
      source: z.array(valueMappingSchema).max(5_000).default([]),
      category: z.array(valueMappingSchema).max(5_000).default([]),
      causeTag: z.array(valueMappingSchema).max(5_000).default([]),
      department: z.array(valueMappingSchema).max(5_000).default([]),
    })
    .default({ source: [], category: [], causeTag: [], department: [] }),
});
export type LedgerMapping = z.infer<typeof ledgerMappingSchema>;
export type LedgerColumnMapping = LedgerMapping['columns'][number];
export type LedgerValueMapping = LedgerMapping['values'][LedgerValueKind][number];

/** What the board already has, to match the file's words against. */
export interface LedgerVocabulary {
  departments: readonly string[];
  dictionaries: Record<DictionaryKind, readonly string[]>;
}

/** Headers real ledgers use that are not synonyms of one column (原因类型 is 原因分析维度, not 原因分析). */
const EXTRA_NAMES: ReadonlyArray<[string, LedgerColumnKey]> = [
  ['原因类型', 'causeTags'],
  ['原因维度类型', 'causeTags'],
  ['整改落实情况', 'completion'],
  ['整改责任人', 'owner'],
  ['整改责任部门', 'departments'],
  ['整改责任单位', 'departments'],
  ['问题来源批次', 'batch'],
];

const NAMES: Array<{ name: string; key: LedgerColumnKey }> = [
  ...LEDGER_COLUMNS.flatMap((c) => [c.header, ...c.synonyms].map((name) => ({ name: normalizeHeader(name), key: c.key }))),
  ...EXTRA_NAMES.map(([name, key]) => ({ name: normalizeHeader(name), key })),
];

/** The field a header names: exactly (a synonym), else the closest name that contains it or that it contains. */
export function suggestField(header: string): LedgerColumnKey | null {
  const text = normalizeHeader(header);
  if (!text) return null;
  const exact = NAMES.find((n) => n.name === text);
  if (exact) return exact.key;
  // The longest known name inside the header (整改措施及完成时限 → 整改措施), then headers inside a name.
  const inside = NAMES.filter((n) => n.name.length >= 2 && text.includes(n.name)).sort((a, b) => b.name.length - a.name.length)[0];
  if (inside) return inside.key;
  const around = NAMES.filter((n) => text.length >= 2 && n.name.includes(text)).sort((a, b) => a.name.length - b.name.length)[0];
  if (around) return around.key;
  const near = NAMES.map((n) => ({ ...n, d: editDistance(text, n.name) }))
    .filter((n) => n.d <= Math.floor(Math.min(text.length, n.name.length) / 3))
    .sort((a, b) => a.d - b.d)[0];
  return near?.key ?? null;
}

/**
 * Columns for the file's header: each non-blank header gets a field, or null (不导入). 序号 (and the
 * other columns the export writes for reading only) is suggested as 不导入. Two headers naming the same field: the first keeps it.
 */
export function proposeColumns(header: ReadonlyArray<string | null>): LedgerColumnMapping[] {
  const taken = new Set<LedgerColumnKey>();
  const columns: LedgerColumnMapping[] = [];
  header.forEach((raw, index) => {
    const text = (raw ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return;
    const suggestion = suggestField(text);
    // 序号, 延期次数, 逾期情况: the export's own record, recognised and suggested as 不导入.
    const field = (suggestion && !LEDGER_MAPPING_FIELDS.includes(suggestion)) || (suggestion && taken.has(suggestion)) ? null : suggestion;
    if (field) taken.add(field);
    columns.push({ header: text, column: columnLetter(index + 1), field, suggested: suggestion !== null });
  });
  return columns;
}

/** Which columns hold the values the value step maps. */
const VALUE_COLUMNS: Record<LedgerValueKind, readonly LedgerColumnKey[]> = {
  source: ['source'],
  category: ['category'],
  causeTag: ['causeTags'],
  department: ['departments', 'coDepartments'],
};

/** The distinct values of the mapped columns, with the rows each appears in. */
function valuesIn(columns: readonly LedgerColumnMapping[], rows: readonly LedgerSheetRow[]): Record<LedgerValueKind, Map<string, number>> {
  const result = Object.fromEntries(LEDGER_VALUE_KINDS.map((k) => [k, new Map<string, number>()])) as Record<LedgerValueKind, Map<string, number>>;
  for (const kind of LEDGER_VALUE_KINDS) {
    const indexes = columns.filter((c) => c.field && VALUE_COLUMNS[kind].includes(c.field)).map((c) => columnIndex(c.column));
    for (const { cells } of rows) {
      const seen = new Set<string>();
      for (const index of indexes) {
        const cell = cells[index] ?? null;
        if (isInvalidCell(cell) || isBlank(cell)) continue;
        const names = kind === 'source' || kind === 'category' ? [cellText(cell)] : parseNameList(cell);
        for (const name of names) if (name) seen.add(name);
      }
      for (const name of seen) result[kind].set(name, (result[kind].get(name) ?? 0) + 1);
    }
  }
  return result;
}

/**
 * The whole proposal: columns (kept as given when `columns` is passed, e.g. edited in the wizard or
 * remembered), and for every value the board does not know, a suggestion, unless `previous` already
 * decides it (an edited or remembered mapping keeps its decisions).
 */
export function proposeLedgerMapping(
  header: ReadonlyArray<string | null>,
  rows: readonly LedgerSheetRow[],
  vocabulary: LedgerVocabulary,
  previous?: LedgerMapping,
): LedgerMapping {
  const columns = previous?.columns.length ? previous.columns : proposeColumns(header);
  const found = valuesIn(columns, rows);
  const values = {} as LedgerMapping['values'];
  for (const kind of LEDGER_VALUE_KINDS) {
    const known = kind === 'department' ? vocabulary.departments : vocabulary.dictionaries[DICTIONARY_OF[kind]];
    const decided = new Map((previous?.values[kind] ?? []).map((v) => [v.value, v]));
    values[kind] = [...found[kind]]
      .filter(([value]) => !known.includes(value))
      .map(([value, count]) => ({ ...(decided.get(value) ?? suggestValue(kind, value, known)), rows: count }));
  }
  return { columns, values };
}

/** One unknown value's suggestion. */
export function suggestValue(kind: LedgerValueKind, value: string, known: readonly string[]): LedgerValueMapping {
  const match = closestName(value, known);
  if (match) {
    // A source written with its batch (市委第二巡察组反馈) keeps those words as the batch.
    return { value, action: 'map', to: match, ...(kind === 'source' ? { batch: value } : {}) };
  }
  if (kind === 'source') {
    const other = known.includes('其他') ? '其他' : undefined;
    return other ? { value, action: 'map', to: other, batch: value } : { value, action: 'create' };
  }
  return { value, action: 'create' };
}

/**
 * The known name `value` most resembles: one contains the other, the known name's characters appear
 * in order in the value (巡察反馈 in 市委第二巡察组反馈), or a small edit distance; null when none does,
 * or two resemble it equally.
 */
export function closestName(value: string, known: readonly string[]): string | null {
  const text = squeeze(value);
  if (!text) return null;
  const scored = known
    .map((name) => {
      const candidate = squeeze(name);
      if (!candidate) return null;
      if (candidate === text) return { name, score: 0 };
      if (text.includes(candidate) || candidate.includes(text)) {
        // Too short a common part says nothing (处 in 办公处).
        if (Math.min(candidate.length, text.length) < 2) return null;
        return { name, score: 1 + Math.abs(candidate.length - text.length) / 100 };
      }
      const parts = candidate.split(/[/／、]/).filter((p) => p.length >= 2);
      if (parts.some((p) => text.includes(p) || p.includes(text))) return { name, score: 2 };
      if (candidate.length >= 3 && isSubsequence(candidate, text)) return { name, score: 3 + (text.length - candidate.length) / 100 };
      const distance = editDistance(text, candidate);
      if (distance <= Math.floor(Math.min(text.length, candidate.length) / 3)) return { name, score: 4 + distance / 10 };
      return null;
    })
    .filter((s): s is { name: string; score: number } => s !== null)
    .sort((a, b) => a.score - b.score);
  if (!scored.length) return null;
  if (scored.length > 1 && scored[1].score === scored[0].score) return null;
  return scored[0].name;
}

function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at++;
  return at === needle.length;
}

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length];
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** What applying a mapping gives the planner, and what must be created before the write. */
export interface AppliedLedgerMapping {
  columns: MatchedColumn[];
  rows: LedgerSheetRow[];
  /** Headers left out (不导入). */
  ignored: string[];
  errors: LedgerProblem[];
  create: { departments: string[]; dictionaries: Record<DictionaryKind, string[]> };
}

/**
 * Applies the mapping to the file: the mapped columns become the planner's columns; values mapped
 * to a known name are replaced in the cells (a source's batch fills a blank 来源批次, in a column
 * added for it when the file has none); values to create are listed. Refused: two columns mapped to
 * one field, a column the file does not have, a mapping to a name the board does not have.
 */
export function applyLedgerMapping(
  header: ReadonlyArray<string | null>,
  rows: readonly LedgerSheetRow[],
  mapping: LedgerMapping,
  vocabulary: LedgerVocabulary,
  headerRow: number,
): AppliedLedgerMapping {
  const errors: LedgerProblem[] = [];
  const columns: MatchedColumn[] = [];
  const ignored: string[] = [];
  for (const entry of mapping.columns) {
    const index = columnIndex(entry.column);
    const written = (header[index] ?? '').replace(/\s+/g, ' ').trim();
    const cell = `${entry.column}${headerRow}`;
    if (index < 0 || index >= header.length || !written) {
      errors.push({ row: headerRow, column: entry.header, cell, message: `文件中${entry.column}列没有列名「${entry.header}」，请重新上传文件后再对应各列` });
      continue;
    }
    if (!entry.field) {
      ignored.push(written);
      continue;
    }
    const twin = columns.find((c) => c.key === entry.field);
    if (twin) {
      errors.push({
        row: headerRow,
        column: written,
        cell,
        message: `与${columnLetter(twin.index + 1)}列「${twin.header}」都对应到「${ledgerColumn(entry.field).header}」，一个字段只能对应一列`,
      });
      continue;
    }
    columns.push({ index, key: entry.field, header: written });
  }
  // Columns of the header the mapping does not mention: left out, like 不导入.
  header.forEach((raw, index) => {
    const text = (raw ?? '').trim();
    if (text && !mapping.columns.some((c) => columnIndex(c.column) === index)) ignored.push(text);
  });
  if (!columns.some((c) => c.key === 'code' || c.key === 'description')) {
    errors.push({ row: headerRow, column: '表头', message: '至少要有一列对应到「编号」或「问题描述」：没有编号无法找到已有事项，没有问题描述无法登记新问题' });
  }

  const create = { departments: [] as string[], dictionaries: { source: [] as string[], category: [] as string[], cause_tag: [] as string[] } };
  const replace = {} as Record<LedgerValueKind, Map<string, LedgerValueMapping>>;
  for (const kind of LEDGER_VALUE_KINDS) {
    const known = kind === 'department' ? vocabulary.departments : vocabulary.dictionaries[DICTIONARY_OF[kind]];
    replace[kind] = new Map();
    for (const entry of mapping.values[kind]) {
      if (entry.action === 'map') {
        if (!entry.to || !known.includes(entry.to)) {
          errors.push({
            row: headerRow,
            column: LEDGER_VALUE_KIND_LABELS[kind],
            message: `「${entry.value}」要对应的${LEDGER_VALUE_KIND_LABELS[kind]}「${entry.to ?? ''}」在系统中不存在，请重新选择`,
          });
          continue;
        }
        replace[kind].set(entry.value, entry);
      } else if (entry.action === 'create' && !known.includes(entry.value)) {
        if (kind === 'department') create.departments.push(entry.value);
        else create.dictionaries[DICTIONARY_OF[kind]].push(entry.value);
      }
    }
  }

  // A source mapped with a batch needs somewhere to put it.
  const batchColumn = columns.find((c) => c.key === 'batch');
  const needsBatch = !batchColumn && [...replace.source.values()].some((v) => v.batch);
  const addedBatchIndex = header.length;
  if (needsBatch) columns.push({ index: addedBatchIndex, key: 'batch', header: '来源批次' });

  const mapped = rows.map(({ row, cells }) => {
    const next: LedgerCellValue[] = [...cells];
    if (needsBatch) next[addedBatchIndex] = null;
    for (const column of columns) {
      const kind = (Object.keys(VALUE_COLUMNS) as LedgerValueKind[]).find((k) => VALUE_COLUMNS[k].includes(column.key));
      const cell = next[column.index] ?? null;
      if (!kind || isInvalidCell(cell) || isBlank(cell)) continue;
      if (kind === 'source' || kind === 'category') {
        const entry = replace[kind].get(cellText(cell));
        if (!entry) continue;
        next[column.index] = entry.to!;
        if (kind === 'source' && entry.batch) {
          const at = batchColumn?.index ?? addedBatchIndex;
          if (isBlank(next[at] ?? null)) next[at] = entry.batch;
        }
      } else {
        const names = parseNameList(cell).map((name) => replace[kind].get(name)?.to ?? name);
        next[column.index] = [...new Set(names)].join('、');
      }
    }
    return { row, cells: next };
  });
  return { columns, rows: mapped, ignored, errors, create };
}

/** Headers as a key for remembering a mapping: the same headers in the same places. */
export function ledgerHeaderKey(header: ReadonlyArray<string | null>): string {
  return header
    .map((h, i) => (h ? `${columnLetter(i + 1)}=${normalizeHeader(h)}` : ''))
    .filter(Boolean)
    .join('|');
}
