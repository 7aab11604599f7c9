import { Injectable } from '@nestjs/common';
import {
  approvalOutcome,
  checkDeadlineCorrection,
  checkExtensionDecision,
  checkExtensionRequest,
  checkExtensionWithdrawal,
  checkReopen,
  checkReopenPlan,
  checkSignoffReview,
  checkSignoffWithdrawal,
  checkStageApproval,
  dueDateOf,
  NO_SIGNOFF_APPLICATION,
  extensionApproved,
  officeToday,
  type Action,
  type Actor,
  type DeadlineCorrectionRequest,
  type ExtensionDecisionRequest,
  type ExtensionRequestBody,
  type ItemView,
  type LifecycleCheck,
  type ReopenItemRequest,
  type SignoffDecisionRequest,
  type WithdrawApplicationRequest,
} from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { ForbiddenError, RuleViolationError } from '../common/domain-errors.js';
import { WriteQueue } from '../database/write-queue.js';
import type { ItemEntity } from '../items/item.entity.js';
import { HistoryService } from '../history/history.service.js';
import { ItemsService } from '../items/items.service.js';
import { lifecycleNotices, type Notice } from '../notifications/lifecycle-notices.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SettingsService } from '../settings/settings.service.js';

/**
 * The steps past the five columns: 销号 review, 回头看, 延期. Each runs in the write queue, checks the
 * access table and the version read, asks shared/src/workflow/lifecycle.ts whether the step is
 * allowed now, and saves through ItemsService.save, which appends the history in the same transaction.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly items: ItemsService,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationsService,
    private readonly history: HistoryService,
    private readonly writeQueue: WriteQueue,
  ) {}

  /** 审核销号: approve (next level, 已销号, or a 长期坚持 stage passed) or reject with 补充整改要求. */
  async decideSignoff(id: string, request: SignoffDecisionRequest, actor: Actor): Promise<ItemView> {
    return this.write(id, request.version, actor, 'signoff.review', async (manager, item) => {
      enforce(checkSignoffReview(actor, item));
      const at = new Date().toISOString();
      const opinion = request.opinion || null;
      if (request.decision === 'reject') {
        const after = { ...item, ...NO_SIGNOFF_APPLICATION, status: 'in_progress', reviewRequirement: opinion } as const;
        const saved = await this.items.save(manager, item, after, {}, actor, [
          { itemId: item.id, at, kind: 'signoff_rejected', before: { signoffStage: item.signoffStage }, after: { reviewRequirement: opinion } },
        ]);
        return this.announce(manager, saved, lifecycleNotices.signoffRejected(item, actor.id, opinion));
      }
      const outcome = approvalOutcome(item, this.settings.signoff());
      enforce(checkStageApproval(item, outcome, request, officeToday(new Date())));
      switch (outcome.kind) {
        case 'next_stage': {
          const saved = await this.items.save(manager, item, { ...item, signoffStage: outcome.signoffStage }, {}, actor, [
            { itemId: item.id, at, kind: 'signoff_passed', before: { signoffStage: item.signoffStage }, after: { signoffStage: outcome.signoffStage, opinion } },
          ]);
          return this.announce(manager, saved, lifecycleNotices.signoffApplied(item, actor.id, outcome.signoffStage));
        }
        case 'signed_off': {
          const saved = await this.items.save(manager, item, { ...item, signoff: 'approved', signoffStage: null, closedAt: at }, {}, actor, [
            { itemId: item.id, at, kind: 'signoff_approved', before: { signoff: 'pending' }, after: { signoff: 'approved', opinion } },
          ]);
          return this.announce(manager, saved, lifecycleNotices.signoffApproved(item, actor.id));
        }
        case 'stage_passed': {
          // 长期坚持: the stage is accepted and the work goes on towards the next review.
          const next = { nextReviewDate: request.nextReviewDate!, stageGoal: request.stageGoal ?? item.stageGoal };
          const after = { ...item, ...next, ...NO_SIGNOFF_APPLICATION, status: 'in_progress', stagesPassed: item.stagesPassed + 1 } as const;
          const saved = await this.items.save(manager, item, { ...after, dueDate: dueDateOf(after) }, {}, actor, [
            {
              itemId: item.id,
              at,
              kind: 'stage_approved',
              before: { nextReviewDate: item.nextReviewDate, stageGoal: item.stageGoal },
              after: { ...next, stagesPassed: after.stagesPassed, opinion },
            },
          ]);
          return this.announce(manager, saved, lifecycleNotices.stageApproved(item, actor.id, next.nextReviewDate));
        }
      }
    });
  }

  /** 撤回销号申请: the card goes back to 整改中 as it was before the application; nothing was reviewed. */
  async withdrawSignoff(id: string, request: WithdrawApplicationRequest, actor: Actor): Promise<ItemView> {
    return this.write(id, request.version, actor, 'item.move', async (manager, item) => {
      enforce(checkSignoffWithdrawal(actor, item));
      const reason = request.reason || null;
      const after = { ...item, ...NO_SIGNOFF_APPLICATION, status: 'in_progress' } as const;
      const saved = await this.items.save(manager, item, after, {}, actor, [
        { itemId: item.id, at: new Date().toISOString(), kind: 'signoff_recalled', before: { signoff: 'pending' }, after: { signoff: 'none', reason } },
      ]);
      return this.announce(manager, saved, lifecycleNotices.signoffWithdrawn(item, actor.id));
    });
  }

  /** 回头看: a signed-off item found back (反弹回潮) returns to 整改中 as the next round; its history stays. */
  async reopen(id: string, request: ReopenItemRequest, actor: Actor): Promise<ItemView> {
    return this.write(id, request.version, actor, 'item.reopen', async (manager, item) => {
      enforce(checkReopen(item));
      enforce(checkReopenPlan(item, request, officeToday(new Date())));
      const round = item.round + 1;
      // The new round's time: a deadline, or for 长期坚持 the next review date (and its stage goal).
      const time =
        item.rectifyType === 'long_term'
          ? { nextReviewDate: request.nextReviewDate!, stageGoal: request.stageGoal || item.stageGoal }
          : { deadline: request.deadline! };
      const after = {
        ...item,
        ...NO_SIGNOFF_APPLICATION,
        ...time,
        status: 'in_progress',
        reviewRequirement: null,
        reopenReason: request.reason,
        round,
        closedAt: null,
      } as const;
      const saved = await this.items.save(manager, item, { ...after, dueDate: dueDateOf(after) }, {}, actor, [
        {
          itemId: item.id,
          at: new Date().toISOString(),
          kind: 'reopened',
          before: { round: item.round, closedAt: item.closedAt, deadline: item.deadline, nextReviewDate: item.nextReviewDate },
          after: { round, reason: request.reason, ...time },
        },
      ]);
      return this.announce(manager, saved, lifecycleNotices.reopened(item, actor.id, round, request.reason));
    });
  }

  /** 申请延期: the department asks for a later deadline with a reason. */
  async requestExtension(id: string, request: ExtensionRequestBody, actor: Actor): Promise<ItemView> {
    return this.write(id, request.version, actor, 'extension.request', async (manager, item) => {
      enforce(checkExtensionRequest(item, request.deadline));
      const at = new Date().toISOString();
      const extension = { deadline: request.deadline, reason: request.reason, requestedById: actor.id, requestedByName: actor.displayName, requestedAt: at };
      const saved = await this.items.save(manager, item, { ...item, extension }, {}, actor, [
        { itemId: item.id, at, kind: 'delay_requested', before: { deadline: item.deadline }, after: { deadline: request.deadline, reason: request.reason } },
      ]);
      return this.announce(manager, saved, lifecycleNotices.extensionRequested(item, actor.id, request.deadline));
    });
  }

  /** 审批延期: approved, the deadline moves and the first one stays on record; rejected, it stays. */
  async decideExtension(id: string, request: ExtensionDecisionRequest, actor: Actor): Promise<ItemView> {
    return this.write(id, request.version, actor, 'extension.decide', async (manager, item) => {
      enforce(checkExtensionDecision(actor, item));
      const at = new Date().toISOString();
      const opinion = request.opinion || null;
      const asked = item.extension!;
      if (request.decision === 'reject') {
        const saved = await this.items.save(manager, item, { ...item, extension: null }, {}, actor, [
          { itemId: item.id, at, kind: 'delay_rejected', before: { deadline: item.deadline }, after: { requested: asked.deadline, opinion } },
        ]);
        return this.announce(manager, saved, lifecycleNotices.extensionDecided(item, actor.id, asked.requestedById, false, asked.deadline));
      }
      const after = { ...item, ...extensionApproved(item) };
      const saved = await this.items.save(manager, item, { ...after, dueDate: dueDateOf(after) }, {}, actor, [
        {
          itemId: item.id,
          at,
          kind: 'delay_approved',
          before: { deadline: item.deadline },
          after: { deadline: after.deadline, deadlineChanges: after.deadlineChanges, reason: asked.reason, opinion },
        },
      ]);
      return this.announce(manager, saved, lifecycleNotices.extensionDecided(item, actor.id, asked.requestedById, true, asked.deadline));
    });
  }

  /** 撤回延期申请: the deadline stays as it is and a new request may be made later. */
  async withdrawExtension(id: string, request: WithdrawApplicationRequest, actor: Actor): Promise<ItemView> {
    return this.write(id, request.version, actor, 'extension.request', async (manager, item) => {
      enforce(checkExtensionWithdrawal(actor, item));
      const asked = item.extension!;
      const reason = request.reason || null;
      const saved = await this.items.save(manager, item, { ...item, extension: null }, {}, actor, [
        { itemId: item.id, at: new Date().toISOString(), kind: 'delay_withdrawn', before: { deadline: item.deadline }, after: { requested: asked.deadline, reason } },
      ]);
      return this.announce(manager, saved, lifecycleNotices.extensionWithdrawn(item, actor.id, asked.deadline));
    });
  }

  /** 更正时限: a leader corrects a deadline set wrongly in the last days; recorded as such, not a 延期. */
  async correctDeadline(id: string, request: DeadlineCorrectionRequest, actor: Actor): Promise<ItemView> {
    return this.write(id, request.version, actor, 'deadline.correct', async (manager, item) => {
      const now = new Date();
      const today = officeToday(now);
      enforce(checkDeadlineCorrection(actor, item, request.deadline, await this.history.deadlineSetOn(item.id), today));
      const after = { ...item, deadline: request.deadline };
      const saved = await this.items.save(manager, item, { ...after, dueDate: dueDateOf(after) }, {}, actor, [
        { itemId: item.id, at: now.toISOString(), kind: 'deadline_corrected', before: { deadline: item.deadline }, after: { deadline: request.deadline, reason: request.reason } },
      ]);
      return this.announce(manager, saved, lifecycleNotices.deadlineCorrected(item, actor.id, request.deadline, request.reason));
    });
  }

  /** Notifies in the same transaction as the step, so a rolled-back step announces nothing. */
  private async announce(manager: EntityManager, saved: ItemEntity, notice: Notice): Promise<ItemEntity> {
    await this.notifications.notify(manager, notice.recipients, notice.message);
    return saved;
  }

  private async write(
    id: string,
    version: number,
    actor: Actor,
    action: Action,
    step: (manager: EntityManager, item: ItemEntity) => Promise<ItemEntity>,
  ): Promise<ItemView> {
    const saved = await this.writeQueue.run(async (manager) => step(manager, await this.items.loadForWrite(manager, id, version, actor, action)));
    return this.items.view(saved);
  }
}

/** A refused lifecycle step: 403 when it is about who the actor is, 422 when about the item's state. */
function enforce(check: LifecycleCheck): void {
  if (check.allowed) return;
  if (check.status === 403) throw new ForbiddenError(check.reason);
  throw new RuleViolationError(check.reason, [{ path: '', message: check.reason }]);
}

