/** 督办单 (supervision notices) and the overdue audit view, as the API returns them. */
import type { ColumnKey } from '../workflow/columns.js';

export interface SupervisionView {
  id: string;
  itemId: string;
  itemCode: string;
  itemTitle: string;
  departmentId: string | null;
  departmentName: string | null;
  /** 督办要求. */
  requirement: string;
  /** 回复期限 (YYYY-MM-DD). */
  replyBy: string;
  issuedById: string;
  issuedByName: string;
  issuedAt: string;
  reply: string | null;
  repliedById: string | null;
  repliedByName: string | null;
  repliedAt: string | null;
  /** open: waiting for the reply; overdue: waiting past the reply-by date; replied. */
  state: SupervisionState;
}

export const SUPERVISION_STATES = ['open', 'overdue', 'replied'] as const;
export type SupervisionState = (typeof SUPERVISION_STATES)[number];
export const SUPERVISION_STATE_LABELS: Record<SupervisionState, string> = { open: '待回复', overdue: '逾期未回复', replied: '已回复' };

export function supervisionState(s: { repliedAt: string | null; replyBy: string }, today: string): SupervisionState {
  if (s.repliedAt) return 'replied';
  return s.replyBy < today ? 'overdue' : 'open';
}

/** One row of the overdue audit view (逾期督查). */
export interface OverdueRow {
  id: string;
  code: string;
  title: string;
  status: ColumnKey;
  level: 'red' | 'yellow';
  /** Calendar days to the due date (negative when overdue), and the overdue days (0 when not yet due). */
  daysLeft: number;
  daysOverdue: number;
  label: string;
  departmentId: string | null;
  departmentName: string | null;
  /** 责任领导, 责任人. */
  leader: string | null;
  owner: string | null;
  /** The date the light looks at (deadline, or review date for 长期坚持). */
  deadline: string;
  originalDeadline: string | null;
  deadlineChanges: number;
  supervisionCount: number;
  openSupervisionCount: number;
  lastProgressDate: string | null;
}

export interface OverdueView {
  today: string;
  red: number;
  yellow: number;
  rows: OverdueRow[];
}
