/**
 * One row of the 整改台账 (rectification ledger), as the domain sees it.
 * Plain data: the API persists it, the board renders it, the rules in ../workflow read it.
 */
import type { ColumnKey } from '../workflow/columns.js';

/** 整改类型. 长期坚持 has a stage goal and a review date instead of a final deadline. */
export const RECTIFY_TYPES = ['immediate', 'time_limited', 'long_term'] as const;
export type RectifyType = (typeof RECTIFY_TYPES)[number];
export const RECTIFY_TYPE_LABELS: Record<RectifyType, string> = {
  immediate: '立行立改',
  time_limited: '限期整改',
  long_term: '长期坚持',
};

/** 班子问题 belongs to the leadership team; 个人问题 names one member. */
export const PROBLEM_SCOPES = ['team', 'individual'] as const;
export type ProblemScope = (typeof PROBLEM_SCOPES)[number];
export const PROBLEM_SCOPE_LABELS: Record<ProblemScope, string> = {
  team: '班子问题',
  individual: '个人问题',
};

/** One 整改措施. A problem usually has several. */
export interface Measure {
  content: string;
  /** Department carrying out this measure, when it differs from the item's lead department. */
  department?: string | null;
  /** 责任人 of this measure, when it differs from the item's. */
  owner?: string | null;
  deadline?: string | null;
  done: boolean;
}

/** The fields a person fills in; everything the gates read is here. */
export interface ItemFields {
  title: string;
  /** 问题描述, kept in its original wording (原汁原味). */
  description: string;
  /** 问题来源, e.g. 巡察反馈 (a dictionary value, not an enum). */
  source: string;
  /** 来源批次, e.g. "市委第三巡察组反馈意见". */
  batch: string;
  scope: ProblemScope;
  /** The member concerned, for 个人问题. */
  person: string | null;
  /** 问题类别 (dictionary value). */
  category: string;
  rectifyType: RectifyType | null;
  measures: Measure[];
  /** 责任领导, as written (a name, often with the post). */
  leader: string | null;
  /** 责任领导's account, when chosen from the office's accounts (told on 交办); null for free text. */
  leaderUserId: string | null;
  /** 牵头责任部门. */
  departmentId: string | null;
  /** 配合部门. */
  coDepartmentIds: string[];
  /** 责任人. */
  owner: string | null;
  /** 责任人's account, when chosen from the office's accounts; null for free text. */
  ownerUserId: string | null;
  /** 整改时限, ISO calendar date (YYYY-MM-DD). */
  deadline: string | null;
  /** 阶段目标 (长期坚持). */
  stageGoal: string | null;
  /** 下次复核日期 (长期坚持), ISO calendar date. */
  nextReviewDate: string | null;
  /** 整改完成情况. */
  completion: string | null;
  /** 原因分析: why the problem arose, in the office's words (feeds the report's causes). */
  causeAnalysis: string | null;
  /** 原因分析维度 (cause_tag dictionary names), e.g. 担当作为. */
  causeTags: string[];
  /** 备注. */
  remarks: string | null;
}

/** 销号 review state: none (open), pending (申请销号, 待审核), approved (已销号). */
export const SIGNOFF_STATES = ['none', 'pending', 'approved'] as const;
export type SignoffState = (typeof SIGNOFF_STATES)[number];

/** Who reviews a pending application next: a leader, then (with the two-level setting) an inspector. */
export const SIGNOFF_STAGES = ['leader', 'inspector'] as const;
export type SignoffStage = (typeof SIGNOFF_STAGES)[number];

/** A department's pending 延期 request: the deadline it asks for and why. */
export interface ExtensionRequest {
  deadline: string;
  reason: string;
  requestedById: string;
  requestedByName: string;
  requestedAt: string;
}

/**
 * Where an item stands in its lifecycle beyond the five columns: 销号 review, 整改轮次, 延期 and the
 * counters the card and the overdue view show. Nobody edits these directly; the lifecycle actions
 * (shared/src/workflow/lifecycle.ts) and the features that own the counters set them.
 */
export interface ItemLifecycle {
  signoff: SignoffState;
  /** Which level reviews next while `signoff` is pending; null otherwise. */
  signoffStage: SignoffStage | null;
  /** Who applied for 销号 (account id and name) and for which department: neither may review it. */
  signoffApplicantId: string | null;
  signoffApplicantName: string | null;
  signoffDepartmentId: string | null;
  /** 补充整改要求 from the last rejection; shown on the card until the next application. */
  reviewRequirement: string | null;
  /** 整改轮次: 1, then +1 for each 回头看 reopening. */
  round: number;
  /** Why the item was last reopened (回头看), null in round 1. */
  reopenReason: string | null;
  /** 长期坚持: how many stage reviews have been passed. */
  stagesPassed: number;
  /** The deadline before the first approved 延期; null while it never moved. */
  originalDeadline: string | null;
  /** How many times an approved 延期 moved the deadline (the card shows 延期N次). */
  deadlineChanges: number;
  /** A 延期 request waiting for a leader. */
  extension: ExtensionRequest | null;
  /** 佐证材料 files attached to the item (any round). */
  evidenceCount: number;
  /** 督办单 issued on the item, and how many still await the department's reply. */
  supervisionCount: number;
  openSupervisionCount: number;
  /** Date of the latest 整改进展 entry. */
  lastProgressDate: string | null;
  /** 'ledger': recorded as 已销号 by a 台账 import (按台账导入的已销号事项), not through review on the board. */
  closedVia: 'ledger' | null;
}

export interface RectifyItem extends ItemFields, ItemLifecycle {
  id: string;
  /** 编号: stable human code such as 2026-XC-003. */
  code: string;
  status: ColumnKey;
  /** Optimistic-concurrency counter; every write must name the version it read. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** When the item entered 销号 (null while open). */
  closedAt: string | null;
}

/** The date the warning light looks at: the review date for 长期坚持, the deadline otherwise. */
export function dueDateOf(item: Pick<ItemFields, 'rectifyType' | 'deadline' | 'nextReviewDate'>): string | null {
  return item.rectifyType === 'long_term' ? item.nextReviewDate : item.deadline;
}

/** Chinese labels of the fields, for forms and error messages. */
export const FIELD_LABELS: Record<keyof ItemFields | 'evidenceCount' | 'code' | 'status' | 'version' | 'to', string> = {
  code: '编号',
  title: '标题',
  description: '问题描述',
  source: '问题来源',
  batch: '来源批次',
  scope: '班子/个人',
  person: '当事人',
  category: '问题类别',
  rectifyType: '整改类型',
  measures: '整改措施',
  leader: '责任领导',
  leaderUserId: '责任领导账号',
  departmentId: '责任部门',
  coDepartmentIds: '配合部门',
  owner: '责任人',
  ownerUserId: '责任人账号',
  deadline: '整改时限',
  stageGoal: '阶段目标',
  nextReviewDate: '下次复核日期',
  completion: '整改完成情况',
  causeAnalysis: '原因分析',
  causeTags: '原因分析维度',
  remarks: '备注',
  evidenceCount: '佐证材料',
  status: '所在列',
  version: '版本号',
  to: '目标列',
};

export const SIGNOFF_LABELS: Record<SignoffState, string> = { none: '未申请', pending: '待审核', approved: '已销号' };
export const SIGNOFF_STAGE_LABELS: Record<SignoffStage, string> = { leader: '领导审核', inspector: '纪检复核' };

/** No 销号 application under way: a new item, or one whose application was rejected or which was reopened. */
export const NO_SIGNOFF_APPLICATION = Object.freeze({
  signoff: 'none',
  signoffStage: null,
  signoffApplicantId: null,
  signoffApplicantName: null,
  signoffDepartmentId: null,
} as const satisfies Partial<ItemLifecycle>);

/** The lifecycle of a newly registered item: round 1, nothing applied for, no counters. */
export const NEW_ITEM_LIFECYCLE: Readonly<ItemLifecycle> = Object.freeze({
  ...NO_SIGNOFF_APPLICATION,
  reviewRequirement: null,
  round: 1,
  reopenReason: null,
  stagesPassed: 0,
  originalDeadline: null,
  deadlineChanges: 0,
  extension: null,
  evidenceCount: 0,
  supervisionCount: 0,
  openSupervisionCount: 0,
  lastProgressDate: null,
  closedVia: null,
});

/** 个人问题 names its member (当事人); 班子问题 has none. */
export const PERSON_REQUIRED = '个人问题须填写当事人';
export function personMissing(item: Pick<ItemFields, 'scope' | 'person'>): boolean {
  return item.scope === 'individual' && !item.person;
}

/** 已销号: in the 销号 column and approved (an application waiting for review is not closed yet). */
export function isSignedOff(item: Pick<RectifyItem, 'status' | 'signoff'>): boolean {
  return item.status === 'closed' && item.signoff === 'approved';
}
