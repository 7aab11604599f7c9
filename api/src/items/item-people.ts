/**
 * 责任领导 / 责任人 as accounts (shared/src/item/item-people.ts), on the API side: the account picked
 * must be an active one, and it is told of 交办. Kept apart from ItemsService, which calls these.
 */
import { newlyAssignedPeople, PERSON_FIELDS, PERSON_ROLE_LABELS, unlinkRetypedPeople, type Actor, type ItemFields } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { RuleViolationError } from '../common/domain-errors.js';
import { lifecycleNotices } from '../notifications/lifecycle-notices.js';
import type { NotificationsService } from '../notifications/notifications.service.js';
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

/** 交办 to people: the accounts newly named 责任领导 or 责任人 are told, in the write's transaction. */
export async function announcePeople(notifications: NotificationsService, manager: EntityManager, before: ItemEntity | null, after: ItemEntity, actor: Actor, at: string): Promise<void> {
  for (const { userId, role } of newlyAssignedPeople(before, after)) {
    const notice = lifecycleNotices.personAssigned(after, actor.id, userId, role, actor.displayName);
    await notifications.notify(manager, notice.recipients, notice.message, at);
  }
}
