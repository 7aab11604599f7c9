/** Shapes of API answers, shared by the API (which builds them) and the web (which reads them). */
import type { RectifyItem } from './item/item.js';
import type { ColumnKey } from './workflow/columns.js';
import type { GateField, GateReason } from './workflow/gates.js';
import type { SignoffState } from './item/item.js';
import type { WorkKind } from './workflow/worklist.js';
import type { Warning } from './warning/warning.js';

export interface Department {
  id: string;
  name: string;
  parentId: string | null;
}

/** An item as the API returns it: the stored fields plus what is derived for display. */
export interface ItemView extends RectifyItem {
  departmentName: string | null;
  coDepartmentNames: string[];
  warning: Warning;
}

/** One item waiting for the signed-in user (GET /api/worklist), and what it waits for. */
export interface WorklistEntry {
  kind: WorkKind;
  item: ItemView;
}

export interface WorklistResponse {
  /** Oldest first within each kind: what has waited longest comes first. */
  entries: WorklistEntry[];
}

/**
 * A card on the board (GET /api/board): what it shows and what the board needs to move it. Made by
 * `boardCardOf` (shared/src/item/board-card.ts); the drawer loads the whole item (GET /api/items/:id).
 * Optional fields are left out when empty, to keep a board of thousands of cards light.
 */
export interface BoardCard {
  id: string;
  code: string;
  title: string;
  status: ColumnKey;
  version: number;
  source: string;
  category: string;
  /** 个人问题: the member concerned ('' if unnamed); absent for 班子问题. */
  person?: string;
  departmentId: string | null;
  /** 配合部门 (the access rules read them); absent when none. */
  coDepartmentIds?: string[];
  departmentName: string | null;
  signoff: SignoffState;
  warning: Pick<Warning, 'level' | 'label' | 'dueDate'>;
  /** lifecycleTags: 待审核, 第2轮, 延期1次, 延期待批, 督办. */
  labels?: string[];
  /** A rejection's 补充整改要求, while the card is open again. */
  requirement?: string;
  /** unmetGateFields: what the gates still miss, for checkCardMove (dimming columns while dragging). */
  unmet?: GateField[];
}

/** Where the next page of a column starts (opaque to clients); null when the column has no more. */
export type ColumnCursor = string | null;

export interface BoardColumn {
  key: ColumnKey;
  title: string;
  /** All cards in the column that match the filters, not just those returned. */
  total: number;
  items: BoardCard[];
  /** Pass as `after` to GET /api/board/columns/:key for the cards that follow. */
  next: ColumnCursor;
}

export interface BoardResponse {
  columns: BoardColumn[];
  /** The office's today (Asia/Shanghai), which the warnings were computed against. */
  today: string;
}

export interface ColumnPage {
  key: ColumnKey;
  total: number;
  items: BoardCard[];
  next: ColumnCursor;
}

/** Every 4xx body: a sentence, and where useful the individual reasons. */
export interface ApiErrorBody {
  statusCode: number;
  message: string;
  reasons?: Array<GateReason | { path: string; message: string }>;
  /** A wrong password (sign-in or 修改密码): tries left before each further one must wait. */
  remainingAttempts?: number;
}

/** An account as the admin pages and /api/auth/me see it (never the password hash). */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: import('./access/roles.js').Role;
  departmentId: string | null;
  departmentName: string | null;
  disabled: boolean;
  createdAt: string;
}

/** The signed-in session: who, and the token browser writes must echo in X-CSRF-Token. */
export interface SessionView {
  user: UserView;
  csrfToken: string;
  expiresAt: string;
}

/** POST /api/auth/login also hands scripts a bearer token. */
export interface LoginResponse extends SessionView {
  token: string;
}

/**
 * What one history entry records. At most 16 characters (the column's width). Each feature appends
 * its own kinds in the same transaction as its change.
 */
export const ITEM_EVENT_KINDS = [
  'created',
  'updated',
  'moved',
  'signoff_applied',
  'signoff_passed',
  'signoff_approved',
  'signoff_rejected',
  'signoff_recalled',
  'stage_approved',
  'reopened',
  'delay_requested',
  'delay_approved',
  'delay_rejected',
  'delay_withdrawn',
  'deadline_corrected',
  'evidence_added',
  'progress_added',
  'supervised',
  'supervise_reply',
  'entries_created',
] as const;
export type ItemEventKind = (typeof ITEM_EVENT_KINDS)[number];

export const ITEM_EVENT_LABELS: Record<ItemEventKind, string> = {
  created: '登记问题',
  updated: '修改',
  moved: '移动',
  signoff_applied: '申请销号',
  signoff_passed: '领导审核通过，转纪检复核',
  signoff_approved: '审核通过，已销号',
  signoff_rejected: '退回补充整改',
  signoff_recalled: '撤回销号申请',
  stage_approved: '阶段验收通过',
  reopened: '回头看，重新整改',
  delay_requested: '申请延期',
  delay_approved: '同意延期',
  delay_rejected: '不同意延期',
  delay_withdrawn: '撤回延期申请',
  deadline_corrected: '更正时限（不计延期）',
  evidence_added: '上传佐证材料',
  progress_added: '填报整改进展',
  supervised: '下发督办单',
  supervise_reply: '回复督办单',
  entries_created: '导入台账时新建部门或字典项',
};

/** One entry of an item's history, as the drawer's timeline shows it. */
export interface ItemEventView {
  seq: number;
  at: string;
  actor: string;
  kind: ItemEventKind;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The stored record cannot be read (it was altered in the database): shown as such, never hidden. */
  unreadable?: true;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first event whose hash or link does not match, when not ok. */
  firstBroken?: { seq: number; itemId: string; problem: string };
}

/** GET /api/dashboard: what a leader reads at a glance. Counts cover what the viewer may see. */
export interface DashboardView {
  today: string;
  columns: Array<{ key: import('./workflow/columns.js').ColumnKey; title: string; total: number }>;
  total: number;
  closed: number;
  /** closed / total, 0–100, one decimal; null when there are no items. */
  completionRate: number | null;
  /** 按期完成率: of the closed, those never late (overdue-history.ts), 0–100, one decimal; null with none closed. */
  closedOnTime: number;
  onTimeRate: number | null;
  warnings: Record<import('./warning/warning.js').WarningLevel, number>;
  /** Departments with red or yellow items, most red first. */
  overdueByDepartment: Array<{ departmentId: string | null; departmentName: string; red: number; yellow: number }>;
  bySource: Array<{ name: string; total: number; closed: number }>;
  byCategory: Array<{ name: string; total: number; closed: number }>;
  stays: import('./dashboard/column-durations.js').ColumnStay[];
}
