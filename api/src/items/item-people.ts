/**
 * 责任领导 / 责任人 as accounts (shared/src/item/item-people.ts), on the API side: the account picked
 * must be an active one (ItemWriter tells it of 交办). Kept apart from ItemsService and ItemChangeRules, which call it.
 */
import { PERSON_FIELDS, PERSON_ROLE_LABELS, unlinkRetypedPeople, type ItemFields } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { RuleViolationError } from '../common/domain-errors.js';
import { UserEntity } from '../users/user.entity.js';
import type { ItemEntity } from './item.entity.js';

type People = Partial<Pick<ItemFields, 'leader' | 'leaderUserId' | 'owner' | 'ownerUserId'>>;

/**
 * Checks the accounts a write names, in place on `fields` (the request or the changes, as the caller
 * then records them): a name retyped without its account drops the old link; an account given without
 * a name is written under the account's name. An unknown or disabled account → 422, nothing written.
 */
export async function settlePeople(manager: EntityManager, before: ItemEntity | null, fields: People): Promise<void> {
  Object.assign(fields, unlinkRetypedPeople(before, fields));
  for (const field of PERSON_FIELDS) {
    const userId = fields[field.userId];
    if (!userId || userId === before?.[field.userId]) continue;
    const user = await manager.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user || user.disabled) {
      const message = `${PERSON_ROLE_LABELS[field.role]}账号不存在或已停用，请重新选择，或直接填写姓名`;
      throw new RuleViolationError(message, [{ path: field.userId, message }]);
    }
    if (!fields[field.name]) fields[field.name] = user.displayName;
  }
}
