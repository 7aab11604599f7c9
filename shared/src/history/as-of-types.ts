/** What the as-of reads answer with, besides the ordinary board, overdue and dashboard shapes. */
import type { BoardCard } from '../api-types.js';
import type { ColumnKey } from '../workflow/columns.js';
import type { ChangeKind, EvaluationCounts, EvaluationItem, ItemChange } from './compare.js';

/**
 * The point of the hash chain an as-of answer was built from: how many events the verifier checked
 * (the whole chain, in order) and the hash of the last one, so a printed 通报 can be tied to it.
 */
export interface HistoryCheckpoint {
  ok: boolean;
  checked: number;
  lastSeq: number;
  lastHash: string;
  /** Where the chain breaks, when not ok (the replay then uses only the events before it). */
  firstBroken?: { seq: number; itemId: string; problem: string };
}

/** Added to a board / column / overdue / dashboard answer given `asOf`. */
export interface AsOfStamp {
  asOf: string;
  checkpoint: HistoryCheckpoint;
}

export interface CompareView {
  from: string;
  to: string;
  checkpoint: HistoryCheckpoint;
  changes: Array<ItemChange & { departmentName: string | null }>;
  byDepartment: Array<{ departmentId: string | null; departmentName: string; counts: Record<ChangeKind, number> }>;
  totals: Record<ChangeKind, number>;
}

export interface EvaluationView {
  batch: string;
  feedbackDate: string;
  months: number;
  /** The last day of the period, which the state is taken at. */
  periodEnd: string;
  checkpoint: HistoryCheckpoint;
  counts: EvaluationCounts;
  byDepartment: Array<EvaluationCounts & { departmentId: string | null; departmentName: string }>;
  openItems: Array<EvaluationItem & { departmentName: string | null }>;
  lateItems: Array<EvaluationItem & { departmentName: string | null }>;
}

export type { BoardCard, ColumnKey };
