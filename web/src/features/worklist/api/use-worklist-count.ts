import { canDo, reachOf, type UserView } from '@rectify/shared';
import { useCurrentUser } from '../../auth';
import { useOpenSupervisions } from '../../supervision';
import { useWorklist } from './get-worklist';

/**
 * Is replying to open 督办单 this user's own work? A department's (its reach is its own items).
 * Leaders may reply too, and 纪检 issues them, but an unanswered 督办单 waits for the department.
 */
export function repliesToSupervisions(user: Pick<UserView, 'role'>): boolean {
  return reachOf(user, 'supervision.reply') === 'own';
}

/** How many things wait for this user: decisions and rework from the worklist, plus the 督办单 they reply to. */
export function useWorklistCount(): number {
  const user = useCurrentUser();
  const readable = canDo(user, 'item.read').allowed;
  const worklist = useWorklist(readable);
  const supervisions = useOpenSupervisions(readable);
  return (worklist.data?.entries.length ?? 0) + (repliesToSupervisions(user) ? (supervisions.data?.length ?? 0) : 0);
}
