import { Injectable } from '@nestjs/common';
import {
  correctDeadline,
  decideExtension,
  decideSignoff,
  reopen,
  requestExtension,
  withdrawExtension,
  withdrawSignoff,
  type Action,
  type Actor,
  type DeadlineCorrectionRequest,
  type ExtensionDecisionRequest,
  type ExtensionRequestBody,
  type ItemView,
  type ReopenItemRequest,
  type SignoffDecisionRequest,
  type StepContext,
  type StepResult,
  type WithdrawApplicationRequest,
} from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { ForbiddenError, RuleViolationError } from '../common/domain-errors.js';
import { WriteQueue } from '../database/write-queue.js';
import { HistoryService } from '../history/history.service.js';
import type { ItemEntity } from '../items/item.entity.js';
import { ItemWriter } from '../items/item-writer.js';
import { ItemsService } from '../items/items.service.js';
import { SettingsService } from '../settings/settings.service.js';

/**
 * The steps past the five columns: 销号 review, 回头看, 延期, 更正时限. Each is load → decide → persist:
 * in the write queue, ItemWriter loads the item (access table, version read), the shared step
 * (shared/src/workflow/steps.ts) decides whether it may be taken and what the item becomes, and
 * ItemWriter writes it with its history and notices in the same transaction.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly items: ItemsService,
    private readonly writer: ItemWriter,
    private readonly settings: SettingsService,
    private readonly history: HistoryService,
    private readonly writeQueue: WriteQueue,
  ) {}

  /** 审核销号: approve (next level, 已销号, or a 长期坚持 stage passed) or reject with 补充整改要求. */
  decideSignoff(id: string, request: SignoffDecisionRequest, actor: Actor): Promise<ItemView> {
    return this.step(id, request.version, actor, 'signoff.review', (item, context) => decideSignoff(item, request, this.settings.signoff(), context));
  }

  /** 撤回销号申请: the card goes back to 整改中 as it was before the application; nothing was reviewed. */
  withdrawSignoff(id: string, request: WithdrawApplicationRequest, actor: Actor): Promise<ItemView> {
    return this.step(id, request.version, actor, 'item.move', (item, context) => withdrawSignoff(item, request.reason, context));
  }

  /** 回头看: a signed-off item found back (反弹回潮) returns to 整改中 as the next round; its history stays. */
  reopen(id: string, request: ReopenItemRequest, actor: Actor): Promise<ItemView> {
    return this.step(id, request.version, actor, 'item.reopen', (item, context) => reopen(item, request, context));
  }

  /** 申请延期: the department asks for a later deadline with a reason. */
  requestExtension(id: string, request: ExtensionRequestBody, actor: Actor): Promise<ItemView> {
    return this.step(id, request.version, actor, 'extension.request', (item, context) => requestExtension(item, request, context));
  }

  /** 审批延期: approved, the deadline moves and the first one stays on record; rejected, it stays. */
  decideExtension(id: string, request: ExtensionDecisionRequest, actor: Actor): Promise<ItemView> {
    return this.step(id, request.version, actor, 'extension.decide', (item, context) => decideExtension(item, request, context));
  }

  /** 撤回延期申请: the deadline stays as it is and a new request may be made later. */
  withdrawExtension(id: string, request: WithdrawApplicationRequest, actor: Actor): Promise<ItemView> {
    return this.step(id, request.version, actor, 'extension.request', (item, context) => withdrawExtension(item, request.reason, context));
  }

  /** 更正时限: a leader corrects a deadline set wrongly in the last days; recorded as such, not a 延期. */
  correctDeadline(id: string, request: DeadlineCorrectionRequest, actor: Actor): Promise<ItemView> {
    return this.step(id, request.version, actor, 'deadline.correct', async (item, context) =>
      correctDeadline(item, request, await this.history.deadlineSetOn(item.id), context),
    );
  }

  /** Load → decide → persist, in one queued transaction; a refused step writes nothing. */
  private async step(
    id: string,
    version: number,
    actor: Actor,
    action: Action,
    decide: (item: ItemEntity, context: StepContext, manager: EntityManager) => StepResult | Promise<StepResult>,
  ): Promise<ItemView> {
    const saved = await this.writeQueue.run(async (manager) => {
      const item = await this.writer.load(manager, id, version, actor, action);
      const result = await decide(item, { actor, now: new Date() }, manager);
      if (!result.allowed) throw refusal(result);
      return this.writer.update(manager, item, result, actor);
    });
    return this.items.view(saved);
  }
}

/** A refused lifecycle step: 403 when it is about who the actor is, 422 when about the item's state. */
function refusal(result: Extract<StepResult, { allowed: false }>): Error {
  if (result.status === 403) return new ForbiddenError(result.reason);
  return new RuleViolationError(result.reason, [{ path: '', message: result.reason }]);
}
