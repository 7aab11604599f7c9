/** Who hears of each lifecycle step, and what they read (built by the step functions, sent by the API). */
import type { Role } from '../access/roles.js';
import { SIGNOFF_STAGE_LABELS, type RectifyItem, type SignoffStage } from '../item/item.js';
import { PERSON_ROLE_LABELS, type PersonRole } from '../item/item-people.js';
import { chineseDate as formatChineseDate } from '../report/chinese.js';
import type { NotificationKind } from './notifications.js';

/** Who receives a notification: named accounts, the accounts of departments, every account of a role. Disabled accounts never do. */
export interface Recipients {
  userIds?: readonly string[];
  departmentIds?: ReadonlyArray<string | null>;
  roles?: readonly Role[];
  /** Left out even if matched (e.g. the person who caused the notification). */
  except?: readonly string[];
}

export interface NotificationMessage {
  kind: NotificationKind;
  itemId?: string | null;
  title: string;
  body: string;
}

/** One notification to send: to whom, and what it says. */
export interface Notice {
  recipients: Recipients;
  message: NotificationMessage;
}

type Item = Pick<RectifyItem, 'id' | 'code' | 'title' | 'departmentId' | 'signoffApplicantId'>;
const about = (item: Item) => `${item.code}「${item.title}」`;
/** The department that does the work, and whoever applied for it. */
const workers = (item: Item, actorId: string): Recipients => ({
  departmentIds: [item.departmentId],
  userIds: item.signoffApplicantId ? [item.signoffApplicantId] : [],
  except: [actorId],
});

/**
 * Who hears of each 销号 / 延期 / 回头看 step: reviewers of a new application, the department of a
 * decision. The texts name the item so a list of notifications reads on its own.
 */
export const lifecycleNotices = {
  signoffApplied: (item: Item, actorId: string, stage: SignoffStage): Notice => ({
    recipients: { roles: [stage], except: [actorId] },
    message: {
      kind: 'signoff_review',
      itemId: item.id,
      title: `待审核：${item.code} 申请销号`,
      body: `${about(item)}已提交销号申请，请进行${SIGNOFF_STAGE_LABELS[stage]}。`,
    },
  }),
  /** The reviewers who had it waiting stop looking for it. */
  signoffWithdrawn: (item: Item, actorId: string): Notice => ({
    recipients: { roles: ['leader'], except: [actorId] },
    message: { kind: 'signoff', itemId: item.id, title: `已撤回：${item.code} 销号申请`, body: `${about(item)}的销号申请已由申请方撤回，无需审核。` },
  }),
  signoffApproved: (item: Item, actorId: string): Notice => ({
    recipients: workers(item, actorId),
    message: { kind: 'signoff', itemId: item.id, title: `已销号：${item.code}`, body: `${about(item)}的销号申请已审核通过。` },
  }),
  signoffRejected: (item: Item, actorId: string, requirement: string | null): Notice => ({
    recipients: workers(item, actorId),
    message: {
      kind: 'signoff',
      itemId: item.id,
      title: `销号被退回：${item.code}`,
      body: `${about(item)}的销号申请被退回，补充整改要求：${requirement ?? '（未填写）'}`,
    },
  }),
  stageApproved: (item: Item, actorId: string, nextReviewDate: string): Notice => ({
    recipients: workers(item, actorId),
    message: {
      kind: 'signoff',
      itemId: item.id,
      title: `阶段验收通过：${item.code}`,
      body: `${about(item)}本阶段验收通过，下次复核日期${formatChineseDate(nextReviewDate)}。`,
    },
  }),
  reopened: (item: Item, actorId: string, round: number, reason: string): Notice => ({
    recipients: workers(item, actorId),
    message: { kind: 'signoff', itemId: item.id, title: `回头看：${item.code} 重新整改`, body: `${about(item)}经回头看进入第${round}轮整改。原因：${reason}` },
  }),
  extensionRequested: (item: Item, actorId: string, deadline: string): Notice => ({
    recipients: { roles: ['leader'], except: [actorId] },
    message: {
      kind: 'extension_decision',
      itemId: item.id,
      title: `待审批：${item.code} 申请延期`,
      body: `${about(item)}申请将整改时限延至${formatChineseDate(deadline)}，请审批。`,
    },
  }),
  extensionWithdrawn: (item: Item, actorId: string, deadline: string): Notice => ({
    recipients: { roles: ['leader'], except: [actorId] },
    message: {
      kind: 'extension',
      itemId: item.id,
      title: `已撤回：${item.code} 延期申请`,
      body: `${about(item)}延至${formatChineseDate(deadline)}的延期申请已撤回，无需审批。`,
    },
  }),
  /** 交办: the department now leading (or co-operating on) the item hears of it. */
  assigned: (item: Item, actorId: string, departmentId: string, role: 'lead' | 'cooperating', by: string): Notice => ({
    recipients: { departmentIds: [departmentId], except: [actorId] },
    message: {
      kind: 'assigned',
      itemId: item.id,
      title: `交办：${item.code}`,
      body:
        role === 'lead'
          ? `${by}将${about(item)}交由本部门牵头整改，请制定整改措施、明确整改时限。`
          : `${by}将${about(item)}交由本部门配合整改，请配合牵头部门落实整改措施。`,
    },
  }),
  /** 交办 to a person: the account picked as 责任领导 or 责任人 hears of it (not when they made the change themselves). */
  personAssigned: (item: Item, actorId: string, userId: string, role: PersonRole, by: string): Notice => ({
    recipients: { userIds: [userId], except: [actorId] },
    message: {
      kind: 'assigned',
      itemId: item.id,
      title: `交办：${item.code}`,
      body:
        role === 'leader'
          ? `${by}将${about(item)}的${PERSON_ROLE_LABELS.leader}定为您，请督促责任部门按时整改。`
          : `${by}将${about(item)}的${PERSON_ROLE_LABELS.owner}定为您，请具体承办整改工作。`,
    },
  }),
  /** The department works to the corrected deadline, so it hears of it at once. */
  deadlineCorrected: (item: Item, actorId: string, deadline: string, reason: string): Notice => ({
    recipients: workers(item, actorId),
    message: {
      kind: 'extension',
      itemId: item.id,
      title: `时限更正：${item.code}`,
      body: `${about(item)}的整改时限更正为${formatChineseDate(deadline)}（不计延期）。理由：${reason}`,
    },
  }),
  extensionDecided: (item: Item, actorId: string, requesterId: string, approved: boolean, deadline: string): Notice => ({
    recipients: { departmentIds: [item.departmentId], userIds: [requesterId], except: [actorId] },
    message: {
      kind: 'extension',
      itemId: item.id,
      title: `${approved ? '同意延期' : '不同意延期'}：${item.code}`,
      body: approved ? `${about(item)}的整改时限已延至${formatChineseDate(deadline)}。` : `${about(item)}的延期申请未获同意，请按原时限完成整改。`,
    },
  }),
};
