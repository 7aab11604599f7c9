import { canDoOnItem, type Action, type Actor } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { ItemEntity } from './item.entity.js';
import { ForbiddenError, NotFoundError } from '../common/domain-errors.js';

export const ITEM_NOT_FOUND = '事项不存在或已无权查看';

/** A refusal of the shared access rules as a 403 with their Chinese reason. */
export function refuseUnless(decision: { allowed: boolean; reason?: string }): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason ?? '没有权限执行此操作');
}

/**
 * The item, if the actor may do `action` on it (shared access table). Another department's item is
 * "not found" to a department user, so nobody learns it exists; a role that may read it but not do
 * this gets 403. `notFound` names what the URL pointed at (an item, or e.g. a 督办单 on it).
 */
export function permittedItem(actor: Actor, action: Action, item: ItemEntity | null, notFound = ITEM_NOT_FOUND): ItemEntity {
  if (!item) throw new NotFoundError(notFound);
  const decision = canDoOnItem(actor, action, item);
  if (decision.hide) throw new NotFoundError(notFound);
  refuseUnless(decision);
  return item;
}

/** Loads the item and applies permittedItem. */
export async function loadPermittedItem(manager: EntityManager, id: string, actor: Actor, action: Action): Promise<ItemEntity> {
  return permittedItem(actor, action, await manager.getRepository(ItemEntity).findOneBy({ id }));
}
