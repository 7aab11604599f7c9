/**
 * What the 导入台账 wizard's mapping steps show and send: field choices for a column, the values
 * table, whether the file needs the mapping steps at all. The suggestions themselves come from the
 * API (shared/src/ledger/ledger-mapping.ts); nothing here decides a mapping. Pure, tested on its own.
 */
import {
  LEDGER_MAPPING_FIELDS,
  LEDGER_VALUE_KINDS,
  LEDGER_VALUE_KIND_LABELS,
  ledgerColumn,
  type LedgerColumnKey,
  type LedgerImportResult,
  type LedgerMapping,
  type LedgerValueKind,
  type LedgerValueMapping,
} from '@rectify/shared';

/** The "不导入" choice of the column select. */
export const NOT_IMPORTED = '__none__';

const FIELD_NOTES: Partial<Record<LedgerColumnKey, string>> = {
  progress: '整改进展（新问题记为第一条进展）',
  causeTags: '原因分析维度',
  departments: '责任部门（牵头在前，配合在后）',
};

export function fieldOptions(): Array<{ value: string; label: string }> {
  return [
    { value: NOT_IMPORTED, label: '不导入' },
    ...LEDGER_MAPPING_FIELDS.map((key) => ({ value: key, label: FIELD_NOTES[key] ?? ledgerColumn(key).header })),
  ];
}

/** The column step: each file column, its samples and its field (null = 不导入). */
export interface ColumnRow {
  key: string;
  column: string;
  header: string;
  samples: string[];
  field: string;
  suggested: boolean;
}

export function columnRows(mapping: LedgerMapping, samples: Record<string, string[]> = {}): ColumnRow[] {
  return mapping.columns.map((c) => ({
    key: c.column,
    column: c.column,
    header: c.header,
    samples: samples[c.column] ?? [],
    field: c.field ?? NOT_IMPORTED,
    suggested: c.suggested,
  }));
}

/** The mapping with one column's field changed (any other column on that field is set to 不导入: one column per field). */
export function withColumnField(mapping: LedgerMapping, column: string, field: string): LedgerMapping {
  const next = field === NOT_IMPORTED ? null : (field as LedgerColumnKey);
  return {
    ...mapping,
    columns: mapping.columns.map((c) =>
      c.column === column ? { ...c, field: next, suggested: false } : next && c.field === next ? { ...c, field: null, suggested: false } : c,
    ),
  };
}

/** Columns only: the values step is proposed again for the chosen columns. */
export function columnsOnly(mapping: LedgerMapping): LedgerMapping {
  return { columns: mapping.columns, values: { source: [], category: [], causeTag: [], department: [] } };
}

export type ValueRow = LedgerValueMapping & {
  key: string;
  kind: LedgerValueKind;
  kindLabel: string;
};

export function valueRows(mapping: LedgerMapping): ValueRow[] {
  return LEDGER_VALUE_KINDS.flatMap((kind) =>
    mapping.values[kind].map((v) => ({ ...v, key: `${kind}:${v.value}`, kind, kindLabel: LEDGER_VALUE_KIND_LABELS[kind] })),
  );
}

export function withValue(mapping: LedgerMapping, kind: LedgerValueKind, value: string, change: Partial<LedgerValueMapping>): LedgerMapping {
  const list = mapping.values[kind].map((v) => {
    if (v.value !== value) return v;
    const next = { ...v, ...change };
    if (next.action !== 'map') {
      delete next.to;
      delete next.batch;
    }
    return next;
  });
  return { ...mapping, values: { ...mapping.values, [kind]: list } };
}

/** Does the file need the mapping steps? A standard 台账 whose dry run is clean goes straight to the preview. */
export function needsMapping(result: LedgerImportResult): boolean {
  return !!result.mapping && result.errorCount > 0;
}

/** "新建" chosen where the user may not create: the step cannot go on. */
export function forbiddenCreations(mapping: LedgerMapping, mayCreate: boolean): number {
  return mayCreate ? 0 : valueRows(mapping).filter((v) => v.action === 'create').length;
}

/** "对应到" chosen without a name. */
export function incompleteValues(mapping: LedgerMapping): number {
  return valueRows(mapping).filter((v) => v.action === 'map' && !v.to).length;
}
