/**
 * The "存在的问题及原因" section of an annual summary (domain.md, "The report"; seeds 000 §四 and
 * 003 §二), composed from the ledger: an opening with the real counts, the closed problems grouped by
 * category as （一）（二）… with "主要表现为：一是……；二是……" built from the items' own descriptions,
 * and the causes grouped by 原因分析维度, most frequent first, built from the items' own 原因分析.
 *
 * Pure: items in, a document model out, and plain text from the model. The user edits the text on
 * the page before exporting, so the draft states facts and never leaves placeholders.
 */
import { isSignedOff } from '../item/item.js';
import { DEFAULT_CATEGORIES, DEFAULT_CAUSE_TAGS } from '../item/dictionaries.js';
import type { ItemView } from '../api-types.js';
import { officeToday } from '../warning/warning.js';
import { chineseDate, leadingClauses, listOrdinal, nearlySame, sectionOrdinal, sentencesOf, clausesOf } from './chinese.js';
import { causeHeadingOf, causeScore, findingOf, impersonal, likeliestDimension, withoutAttribution } from './phrases.js';
import type { ReportFilters } from './report-schemas.js';

/** What the composer reads of an item (an ItemView has all of it). */
export type ReportItem = Pick<
  ItemView,
  | 'id'
  | 'code'
  | 'title'
  | 'description'
  | 'source'
  | 'scope'
  | 'person'
  | 'category'
  | 'status'
  | 'departmentId'
  | 'coDepartmentIds'
  | 'departmentName'
  | 'createdAt'
  | 'updatedAt'
  | 'closedAt'
  | 'signoff'
  | 'causeAnalysis'
  | 'causeTags'
>;

export interface ReportStats {
  /** 共检视查摆问题N条: every item in the filters and period. */
  total: number;
  /** 班子问题 among them. */
  team: number;
  /** 个人问题 among them. */
  individual: number;
  /** 已整改销号: closed within the period. */
  closed: number;
  /** Not closed (by the end of the period). */
  open: number;
  /** 整改完成率 in percent, one decimal (closed / total); null when there is nothing to count. */
  rate: number | null;
  /** Closed items that feed the problems and causes (all closed ones unless the user ticked some). */
  selected: number;
}

export interface ProblemGroup {
  /** （一）（二）… */
  ordinal: string;
  category: string;
  /** The category phrased as a finding, e.g. 作风建设方面仍有差距. */
  finding: string;
  /** Closed items of this category in the report. */
  count: number;
  /** Lead departments of those items, most items first. */
  departments: string[];
  /** 主要表现为 items, each without its 一是/二是 and without end mark (at most five). */
  manifestations: string[];
  itemIds: string[];
}

export interface CauseEntry {
  /** 一是、二是… */
  ordinal: string;
  /** The 原因分析维度 (cause tag). */
  dimension: string;
  /** Items whose 原因分析 counted for this dimension. */
  count: number;
  /** The cause without its ordinal or end mark: heading, then the items' own wording. */
  text: string;
  itemIds: string[];
}

export interface ProblemsAndCausesDocument {
  /** First line: the section heading or the document title. */
  title: string;
  /** Counts, and the lead-in to the groups when there are any. */
  opening: string;
  problems: ProblemGroup[];
  /** 分析这些问题产生的原因，主要有： (null when no closed item has a 原因分析). */
  causesIntro: string | null;
  causes: CauseEntry[];
  /** A last paragraph, when there is something to add after the causes (currently never). */
  closing: string | null;
  stats: ReportStats;
  period: { from: string | null; to: string | null };
}

export interface ComposeInput<T extends ReportItem = ReportItem> {
  /** Every item the reader may see; the filters pick from them. */
  items: readonly T[];
  filters?: ReportFilters;
  /** Who speaks ("江州市发展和改革委员会机关"); the sentence has no subject without it. */
  unitName?: string | null;
  /** Category order of the office's dictionary; unlisted categories follow in DEFAULT_CATEGORIES order, then by size. */
  categoryOrder?: readonly string[];
}

export const DEFAULT_REPORT_TITLE = '工作中存在的问题及原因';
/** Manifestations per category, and causes overall, as a summary would carry. */
const MAX_MANIFESTATIONS = 5;
/** A real section names three to five causes; thinner dimensions share the last bullet. */
const MAX_CAUSES = 5;
/** Dimensions the last bullet may name together. */
const MAX_MERGED = 2;
const MAX_EVIDENCE_PER_CAUSE = 2;
const MANIFESTATION_CHARS = 60;
const EVIDENCE_CHARS = 34;
/** Analyses read for their wording per dimension; further ones are counted only. */
const EVIDENCE_POOL = 40;

/** The office calendar day of an instant. */
function officeDay(instant: string): string {
  return officeToday(new Date(instant));
}

function closedDayOf(item: ReportItem): string | null {
  if (!isSignedOff(item)) return null;
  return officeDay(item.closedAt ?? item.updatedAt);
}

function matchesFilters(item: ReportItem, filters: ReportFilters): boolean {
  if (filters.sources?.length && !filters.sources.includes(item.source)) return false;
  if (filters.scope && item.scope !== filters.scope) return false;
  if (filters.departmentIds?.length) {
    const involved = [item.departmentId, ...item.coDepartmentIds];
    if (!filters.departmentIds.some((id) => involved.includes(id))) return false;
  }
  return true;
}

/**
 * The items the report speaks of (see ReportFilters for the period rule):
 * `counted` — on the ledger during the period; `closed` — closed within it; `candidates` — those of
 * the coverage (closed by default, or still open at the period's end, or all counted), which the page
 * offers for ticking; `selected` — the candidates that go into problems and causes.
 */
export function selectReportItems<T extends ReportItem>(
  items: readonly T[],
  filters: ReportFilters = {},
): { counted: T[]; closed: T[]; candidates: T[]; selected: T[] } {
  const counted: T[] = [];
  const closed: T[] = [];
  const period = !!(filters.from || filters.to);
  for (const item of items) {
    if (!matchesFilters(item, filters)) continue;
    if (!period) {
      counted.push(item);
      if (isSignedOff(item)) closed.push(item);
      continue;
    }
    if (filters.to && officeDay(item.createdAt) > filters.to) continue;
    const closedDay = closedDayOf(item);
    if (filters.from && closedDay && closedDay < filters.from) continue;
    counted.push(item);
    if (closedDay && (!filters.to || closedDay <= filters.to)) closed.push(item);
  }
  const closedIds = new Set(closed.map((i) => i.id));
  const coverage = filters.coverage ?? 'closed';
  const candidates = coverage === 'closed' ? closed : coverage === 'open' ? counted.filter((i) => !closedIds.has(i.id)) : counted;
  const wanted = filters.itemIds ? new Set(filters.itemIds) : null;
  return { counted, closed, candidates, selected: wanted ? candidates.filter((i) => wanted.has(i.id)) : candidates };
}

/** 整改完成率 in percent, rounded half up to one decimal (66.666… → 66.7). */
export function completionRate(closed: number, total: number): number | null {
  return total > 0 ? Math.round((closed * 1000) / total) / 10 : null;
}

export function composeProblemsAndCauses<T extends ReportItem>(input: ComposeInput<T>): ProblemsAndCausesDocument {
  const filters = input.filters ?? {};
  const { counted, closed, selected } = selectReportItems(input.items, filters);
  const team = counted.filter((i) => i.scope === 'team').length;
  const stats: ReportStats = {
    total: counted.length,
    team,
    individual: counted.length - team,
    closed: closed.length,
    open: counted.length - closed.length,
    rate: completionRate(closed.length, counted.length),
    selected: selected.length,
  };
  // Department names are worth naming only when the report spans more than one department.
  const manyDepartments = new Set(counted.map((i) => i.departmentId).filter(Boolean)).size > 1;
  const problems = problemGroups(selected, input.categoryOrder ?? [], manyDepartments);
  const causes = causeEntries(selected);
  return {
    title: filters.title?.trim() || DEFAULT_REPORT_TITLE,
    opening: opening(counted, stats, filters, input.unitName ?? null, problems.length),
    problems,
    causesIntro: causes.length ? '分析这些问题产生的原因，主要有：' : null,
    causes,
    closing: null,
    stats,
    period: { from: filters.from ?? null, to: filters.to ?? null },
  };
}

// ---- opening ----

function periodPhrase(from: string | undefined, to: string | undefined): string {
  if (from && to) {
    const [fy, fm, fd] = from.split('-');
    const [ty] = to.split('-');
    if (fy === ty && fm === '01' && fd === '01' && to.endsWith('-12-31')) return `${fy}年度`;
    if (fy === ty) return `${chineseDate(from)}至${chineseDate(to).slice(5)}`;
    return `${chineseDate(from)}至${chineseDate(to)}`;
  }
  if (from) return `${chineseDate(from)}以来`;
  if (to) return `截至${chineseDate(to)}`;
  return '截至目前';
}

/** Sources most items came from first; 其他 is not a channel worth naming. */
function channelsPhrase(items: readonly ReportItem[]): string {
  const tally = new Map<string, number>();
  for (const item of items) tally.set(item.source, (tally.get(item.source) ?? 0) + 1);
  const named = [...tally.entries()]
    .filter(([source]) => source !== '其他')
    .sort((a, b) => b[1] - a[1])
    .map(([source]) => source);
  if (named.length === 0) return '';
  if (named.length === 1) return `从${named[0]}中`;
  return `通过${named.slice(0, 3).join('、')}等渠道`;
}

function opening(counted: readonly ReportItem[], stats: ReportStats, filters: ReportFilters, unitName: string | null, groups: number): string {
  const period = periodPhrase(filters.from, filters.to);
  if (stats.total === 0) {
    return `${period}，${unitName ? `${unitName}在所选范围内` : '所选范围内'}没有登记检视查摆的问题，也没有已整改销号的问题。`;
  }
  const subject = unitName ? `${unitName}坚持问题导向，` : '坚持问题导向，';
  const breakdown =
    stats.team && stats.individual ? `（其中班子问题${stats.team}条、个人问题${stats.individual}条）` : stats.team ? '（均为班子问题）' : '（均为个人问题）';
  const head = `${period}，${subject}${channelsPhrase(counted)}共检视查摆问题${stats.total}条${breakdown}`;
  const coverage = filters.coverage ?? 'closed';
  if (stats.closed === 0 && coverage === 'closed') {
    return `${head}，目前均在整改推进中，尚无已整改销号的问题。存在的问题及原因待问题整改销号后再作总结分析。`;
  }
  const counts =
    stats.closed === 0
      ? `${head}，目前均在整改推进中。`
      : `${head}，已整改销号${stats.closed}条，整改完成率${stats.rate}%${stats.open > 0 ? `，其余${stats.open}条正在整改推进中` : ''}。`;
  if (groups === 0) return counts;
  const aspects = groups === 1 ? '以下方面' : `以下${groups}个方面`;
  // Worded for what the groups list: problems already rectified are not "still there".
  const lead = {
    closed: '从已整改销号的问题看，检视查摆出的问题',
    open: '对照尚未整改到位的问题看，工作中仍存在一些问题和不足，',
    all: '对照检视查摆和整改情况看，检视查摆出的问题',
  }[coverage];
  return `${counts}${lead}突出反映在${aspects}：`;
}

// ---- problems ----

function categoryRank(categoryOrder: readonly string[]): (category: string) => number {
  return (category) => {
    const own = categoryOrder.indexOf(category);
    if (own >= 0) return own;
    const fallback = DEFAULT_CATEGORIES.indexOf(category);
    return fallback >= 0 ? categoryOrder.length + fallback : Number.MAX_SAFE_INTEGER;
  };
}

function problemGroups(selected: readonly ReportItem[], categoryOrder: readonly string[], nameDepartments: boolean): ProblemGroup[] {
  const byCategory = new Map<string, ReportItem[]>();
  for (const item of selected) {
    const list = byCategory.get(item.category);
    if (list) list.push(item);
    else byCategory.set(item.category, [item]);
  }
  const rank = categoryRank(categoryOrder);
  const ordered = [...byCategory.entries()].sort(([a, ia], [b, ib]) => rank(a) - rank(b) || ib.length - ia.length || a.localeCompare(b, 'zh-CN'));
  const groups: ProblemGroup[] = [];
  for (const [category, items] of ordered) {
    // 班子问题 before 个人问题, as a summary speaks of the team first.
    const ordered = [...items].sort((a, b) => Number(a.scope !== 'team') - Number(b.scope !== 'team'));
    const manifestations: string[] = [];
    for (const item of ordered) {
      if (manifestations.length >= MAX_MANIFESTATIONS) break;
      const text = manifestationOf(item);
      if (text && !manifestations.some((m) => nearlySame(m, text))) manifestations.push(text);
    }
    if (manifestations.length === 0) continue; // nothing to say: no empty group
    groups.push({
      ordinal: sectionOrdinal(groups.length + 1),
      category,
      finding: findingOf(category),
      count: items.length,
      departments: nameDepartments ? mostFrequent(items.map((i) => i.departmentName)) : [],
      manifestations,
      itemIds: items.map((i) => i.id),
    });
  }
  return groups;
}

/** The first sentence of the 问题描述, without "巡察发现，" and first person, cut to its leading clauses. */
function manifestationOf(item: ReportItem): string {
  const first = sentencesOf(item.description)[0] ?? sentencesOf(item.title)[0] ?? '';
  return leadingClauses(impersonal(withoutAttribution(first), item.person), MANIFESTATION_CHARS);
}

function mostFrequent(names: ReadonlyArray<string | null>): string[] {
  const tally = new Map<string, number>();
  for (const name of names) if (name) tally.set(name, (tally.get(name) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

function departmentsClause(departments: readonly string[]): string {
  if (departments.length === 0) return '';
  if (departments.length <= 2) return `，涉及${departments.join('、')}`;
  return `，涉及${departments.slice(0, 2).join('、')}等${departments.length}个部门`;
}

/** One （一） paragraph. */
export function problemParagraph(group: ProblemGroup): string {
  const list = group.manifestations.length === 1 ? group.manifestations[0] : group.manifestations.map((m, i) => `${listOrdinal(i + 1)}${m}`).join('；');
  return `${group.ordinal}${group.finding}。此类问题${group.count}条${departmentsClause(group.departments)}，主要表现为：${list}。`;
}

// ---- causes ----

interface Evidence {
  text: string;
  score: number;
  order: number;
}

/**
 * Groups the 原因分析 of the selected items by dimension. An item counts once for each of its tags
 * (untagged analyses count for the dimension their wording points to, if any). Each of an item's
 * tags takes the sentence of the analysis that speaks to it most, so one analysis tagged 责任落实 and
 * 担当作为 lends different sentences to the two causes.
 */
function causeEntries(selected: readonly ReportItem[]): CauseEntry[] {
  const byDimension = new Map<string, { itemIds: string[]; evidence: Evidence[]; spare: Evidence[] }>();
  const slot = (dimension: string) => {
    let entry = byDimension.get(dimension);
    if (!entry) byDimension.set(dimension, (entry = { itemIds: [], evidence: [], spare: [] }));
    return entry;
  };

  selected.forEach((item, order) => {
    if (!item.causeAnalysis?.trim()) return;
    let tags = [...new Set(item.causeTags.map((t) => t.trim()).filter(Boolean))];
    // Beyond EVIDENCE_POOL analyses a dimension is only counted: its few sentences are chosen by then.
    if (tags.length > 0 && tags.every((tag) => (byDimension.get(tag)?.evidence.length ?? 0) >= EVIDENCE_POOL)) {
      for (const tag of tags) slot(tag).itemIds.push(item.id);
      return;
    }
    const sentences = sentencesOf(impersonal(item.causeAnalysis, item.person));
    if (sentences.length === 0) return;
    if (tags.length === 0) {
      const guessed = likeliestDimension(sentences.join('，'), DEFAULT_CAUSE_TAGS);
      if (!guessed) return;
      tags = [guessed];
    }
    const used = new Set<number>();
    for (const tag of tags) {
      const entry = slot(tag);
      entry.itemIds.push(item.id);
      const ranked = sentences
        .map((sentence, index) => ({ sentence, index, score: causeScore(tag, sentence) }))
        .sort((a, b) => b.score - a.score || a.index - b.index);
      const pick = ranked.find((r) => !used.has(r.index) && (r.score > 0 || tags.length === 1));
      if (pick) {
        used.add(pick.index);
        entry.evidence.push({ text: evidenceOf(tag, pick.sentence), score: pick.score, order });
      } else {
        // A sentence the item's other tags did not take, kept in reserve: used only if no item gives
        // this dimension a sentence that speaks to it.
        const spare = ranked.find((r) => !used.has(r.index));
        if (spare) entry.spare.push({ text: evidenceOf(tag, spare.sentence), score: 0, order });
      }
    }
  });

  const ranked = [...byDimension.entries()]
    .sort(([a, x], [b, y]) => y.itemIds.length - x.itemIds.length || tagRank(a) - tagRank(b))
    .map(([dimension, entry]) => ({ dimension, itemIds: entry.itemIds, pieces: causePieces(dimension, entry.evidence.length ? entry.evidence : entry.spare) }))
    // A dimension without a sentence of its own would be a bare heading ("七是能力本领还不够过硬。"): left out.
    .filter((cause) => cause.pieces.length > 0);
  const kept = ranked.length > MAX_CAUSES ? ranked.slice(0, MAX_CAUSES - 1) : ranked;
  const thin = ranked.length > MAX_CAUSES ? ranked.slice(MAX_CAUSES - 1, MAX_CAUSES - 1 + MAX_MERGED) : [];
  const entries = kept.map((cause, index) => ({
    ordinal: listOrdinal(index + 1),
    dimension: cause.dimension,
    count: cause.itemIds.length,
    // 一是责任落实还不够到位，主要是……，…… (seed 003: "二是责任担当还不主动。主要是在抓党的经常性建设上……").
    text: `${causeHeadingOf(cause.dimension)}，主要是${cause.pieces.join('，')}`,
    itemIds: cause.itemIds,
  }));
  if (thin.length > 0) {
    entries.push({
      ordinal: listOrdinal(entries.length + 1),
      dimension: thin.map((c) => c.dimension).join('、'),
      count: new Set(thin.flatMap((c) => c.itemIds)).size,
      text: `${thin.map((c) => causeHeadingOf(c.dimension)).join('、')}，主要是${thin.map((c) => c.pieces[0]).join('，')}`,
      itemIds: [...new Set(thin.flatMap((c) => c.itemIds))],
    });
  }
  return entries;
}

/** Up to two distinct sentences for a cause, never one that merely restates its heading. */
function causePieces(dimension: string, pool: Evidence[]): string[] {
  const heading = causeHeadingOf(dimension);
  const pieces: string[] = [];
  for (const piece of [...pool].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (pieces.length >= MAX_EVIDENCE_PER_CAUSE) break;
    if (restates(heading, piece.text)) continue;
    if (!pieces.some((p) => nearlySame(p, piece.text))) pieces.push(piece.text);
  }
  return pieces;
}

/** "纪律规矩意识不强" under "纪律规矩意识还不够强": the same words once the degree words are gone. */
function restates(heading: string, text: string): boolean {
  const core = (s: string) => s.replace(/有的(班子成员|党员干部)|还|不够|不|较|很|仍|存在|有待|[\p{P}\s]/gu, '');
  const h = core(heading);
  const t = core(text);
  return t.length <= h.length + 2 && (h.includes(t) || t.includes(h) || nearlySame(h, t));
}

function tagRank(tag: string): number {
  const index = DEFAULT_CAUSE_TAGS.indexOf(tag);
  return index >= 0 ? index : DEFAULT_CAUSE_TAGS.length;
}

/**
 * The part of a 原因分析 sentence that speaks to the dimension: from its first clause that does, up to
 * a clause that speaks only to another dimension, cut short. A short opening clause that merely
 * restates the heading ("纪律规矩意识不强" under "纪律规矩意识还不够强") is left out when the next
 * clause still speaks to the dimension.
 */
function evidenceOf(dimension: string, sentence: string): string {
  const all = clausesOf(sentence);
  const speaks = (clause: string) => causeScore(dimension, clause) > 0;
  const first = Math.max(0, all.findIndex(speaks));
  let clauses = [all[first]];
  for (const clause of all.slice(first + 1)) {
    if (!speaks(clause) && DEFAULT_CAUSE_TAGS.some((other) => other !== dimension && causeScore(other, clause) > 0)) break;
    clauses.push(clause);
  }
  const heading = causeHeadingOf(dimension);
  const bare = (clause: string) => clause.replace(/^有的(班子成员|党员干部)/u, '');
  if (clauses.length > 1 && bare(clauses[0]).length <= 12 && bare(clauses[0]).includes(heading.slice(0, 4)) && speaks(clauses[1])) {
    clauses = clauses.slice(1);
  }
  return leadingClauses(clauses.join('，'), EVIDENCE_CHARS);
}

// ---- text ----

/** The causes as one paragraph: 分析这些问题产生的原因，主要有：一是……；二是……。 */
export function causesParagraph(doc: Pick<ProblemsAndCausesDocument, 'causesIntro' | 'causes'>): string | null {
  if (!doc.causesIntro || doc.causes.length === 0) return null;
  return `${doc.causesIntro}${doc.causes.map((c) => `${c.ordinal}${c.text}`).join('；')}。`;
}

/** The section as plain text, one paragraph per line, the title first. */
export function renderProblemsAndCausesText(doc: ProblemsAndCausesDocument): string {
  return [doc.title, doc.opening, ...doc.problems.map(problemParagraph), causesParagraph(doc), doc.closing].filter((line): line is string => !!line).join('\n');
}
