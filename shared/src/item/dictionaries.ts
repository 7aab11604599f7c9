/**
 * Default dictionaries. Sources and categories are data an office may extend (an admin dictionary
 * comes later); these are the defaults the forms suggest and the demo data uses.
 */

/** 问题来源 with the letters used in 编号 (2026-XC-003). */
export const DEFAULT_SOURCES: ReadonlyArray<{ name: string; codeLetters: string }> = [
  { name: '巡视反馈', codeLetters: 'XS' },
  { name: '巡察反馈', codeLetters: 'XC' },
  { name: '民主生活会', codeLetters: 'MZ' },
  { name: '组织生活会', codeLetters: 'ZZ' },
  { name: '自查自纠', codeLetters: 'ZC' },
  { name: '专项督查', codeLetters: 'DC' },
  { name: '述职评议', codeLetters: 'SZ' },
  { name: '审计', codeLetters: 'SJ' },
  { name: '上级交办', codeLetters: 'JB' },
  { name: '其他', codeLetters: 'QT' },
];

export const DEFAULT_CATEGORIES: readonly string[] = ['政治建设', '思想建设', '组织建设', '作风建设', '纪律建设', '制度建设', '党建与业务融合'];

/** 编号 = year, source letters, three-digit sequence within that year and source. */
export function codePrefix(year: number, source: string, sources: ReadonlyArray<{ name: string; codeLetters: string | null }> = DEFAULT_SOURCES): string {
  const letters = sources.find((s) => s.name === source)?.codeLetters ?? 'QT';
  return `${year}-${letters}-`;
}

export function formatCode(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}

/** 原因分析 dimensions (domain.md), for the report's "分析这些问题产生的原因". */
export const DEFAULT_CAUSE_TAGS: readonly string[] = ['理想信念/理论武装', '宗旨意识', '党性修养', '纪律规矩', '担当作为', '责任落实', '工作机制', '能力本领'];

/** The lists an admin maintains; items store the entry's name. */
export const DICTIONARY_KINDS = ['source', 'category', 'cause_tag'] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];
export const DICTIONARY_KIND_LABELS: Record<DictionaryKind, string> = {
  source: '问题来源',
  category: '问题类别',
  cause_tag: '原因分析维度',
};

export interface DictionaryEntry {
  id: string;
  kind: DictionaryKind;
  name: string;
  /** Letters in 编号 (2026-XC-003); sources only. */
  codeLetters: string | null;
  /** Retired entries stay (old items name them) but are no longer offered. */
  active: boolean;
  sortOrder: number;
}

export type Dictionaries = Record<DictionaryKind, DictionaryEntry[]>;
