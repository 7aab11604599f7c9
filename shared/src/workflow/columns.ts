/** The five board columns, in the order the product's user named them. */
export const COLUMN_KEYS = ['found', 'measures', 'deadline', 'in_progress', 'closed'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const COLUMN_TITLES: Record<ColumnKey, string> = {
  found: '发现问题',
  measures: '制定措施',
  deadline: '明确时限',
  in_progress: '整改中',
  closed: '销号',
};

export function columnIndex(key: ColumnKey): number {
  return COLUMN_KEYS.indexOf(key);
}

export function isColumnKey(value: unknown): value is ColumnKey {
  return typeof value === 'string' && (COLUMN_KEYS as readonly string[]).includes(value);
}
