/**
 * 责任领导 and 责任人 as accounts: chosen from the office's accounts (the id kept beside the name as
 * written), or typed as free text for people without one (no id). Chosen, they are told on 交办 and
 * on reassignment, as the departments are (notifications.ts newlyAssigned).
 */
import type { ItemFields } from './item.js';

export type PersonRole = 'leader' | 'owner';
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = { leader: '责任领导', owner: '责任人' };

/** Each person field and the field keeping its account. */
export const PERSON_FIELDS = [
  { role: 'leader', name: 'leader', userId: 'leaderUserId' },
  { role: 'owner', name: 'owner', userId: 'ownerUserId' },
] as const satisfies ReadonlyArray<{ role: PersonRole; name: keyof ItemFields; userId: keyof ItemFields }>;

type People = Pick<ItemFields, 'leader' | 'leaderUserId' | 'owner' | 'ownerUserId'>;

/**
 * A change that retypes a name without saying whose account it is (a free-text edit, a 台账
 * import) no longer names the account that was picked: the link is dropped, never left pointing at
 * someone else. A name cleared (and no account given) clears its account too.
 */
export function unlinkRetypedPeople<T extends Partial<People>>(before: People | null, changes: T): T {
  const next = { ...changes };
  for (const field of PERSON_FIELDS) {
    const name = next[field.name];
    if (name === undefined) continue;
    // Cleared without an account given: nobody. (An account given with no name is written under its name.)
    if (!name) {
      if (!next[field.userId]) next[field.userId] = null;
    } else if (next[field.userId] === undefined && before && name !== before[field.name] && before[field.userId]) next[field.userId] = null;
  }
  return next;
}

/**
 * 交办 to people: the accounts newly named 责任领导 or 责任人 by this write (everyone named on a new
 * item). One person named in both is told once, as 责任领导.
 */
export function newlyAssignedPeople(
  before: Pick<ItemFields, 'leaderUserId' | 'ownerUserId'> | null,
  after: Pick<ItemFields, 'leaderUserId' | 'ownerUserId'>,
): Array<{ userId: string; role: PersonRole }> {
  const told: Array<{ userId: string; role: PersonRole }> = [];
  for (const field of PERSON_FIELDS) {
    const userId = after[field.userId];
    if (!userId || userId === before?.[field.userId] || told.some((t) => t.userId === userId)) continue;
    told.push({ userId, role: field.role });
  }
  return told;
}

/** One account the 责任领导/责任人 field offers (GET /api/users/directory). */
export interface PersonOption {
  id: string;
  displayName: string;
  departmentName: string | null;
}
