/** How the 曾逾期 view words the facts the API derived (shared/src/warning/overdue-history.ts). */
import { LATE_KIND_LABELS, type LateEpisode, type PastOverdueView } from '@rectify/shared';

/** "逾期后延期 · 逾期10天" (第2轮 in front after 回头看). */
export function episodeLabel(e: LateEpisode): string {
  return `${e.round > 1 ? `第${e.round}轮 ` : ''}${LATE_KIND_LABELS[e.kind]} · 逾期${e.daysLate}天`;
}

/** "按期完成率 50%（按期销号 1 条 / 已销号 2 条）"; "暂无已销号事项" when none is closed. */
export function onTimeLine(view: Pick<PastOverdueView, 'closed' | 'closedOnTime' | 'onTimeRate'>): string {
  if (view.onTimeRate === null) return '按期完成率：暂无已销号事项';
  return `按期完成率 ${view.onTimeRate}%（按期销号 ${view.closedOnTime} 条 / 已销号 ${view.closed} 条）`;
}

/** The two views of 逾期督查, as the page's ?view= says. */
export type OverdueTab = 'current' | 'past';
export const overdueTabOf = (value: string | null): OverdueTab => (value === 'past' ? 'past' : 'current');
