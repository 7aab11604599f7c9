import { canDoOnItem, type Action, type Actor } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { ItemEntity } from '../items/item.entity.js';
import { ForbiddenError, NotFoundError } from './domain-errors.js';

export const ITEM_NOT_FOUND = '事项不存在或已无权查看';

/**
 * The item, if the actor may do `action` on it (shared access table). Another department's item is
 * "not found" to a department user, so nobody learns it exists; a role that may read it but not do
 * this gets 403.
 */
export async function loadPermittedItem(manager: EntityManager, id: string, actor: Actor, action: Action): Promise<ItemEntity> {
  const item = await manager.getRepository(ItemEntity).findOneBy({ id });
  if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
  const decision = canDoOnItem(actor, action, item);
  if (decision.hide) throw new NotFoundError(ITEM_NOT_FOUND);
  if (!decision.allowed) throw new ForbiddenError(decision.reason ?? '没有权限执行此操作');
  return item;
}
