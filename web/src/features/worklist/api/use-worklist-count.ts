import { canDo, reachOf } from '@rectify/shared';
import { useCurrentUser } from '../../auth';
import { useOpenSupervisions } from '../../supervision';
import { useWorklist } from './get-worklist';

/**
 * How many things wait for this user: decisions and rework from the worklist, plus open 督办单 when
 * replying is this user's own work: a department's (its reach is its own items). Leaders may reply
 * too, and 纪检 issues them, but an unanswered 督办单 waits for the department, not for them.
 */
export function useWorklistCount(): { count: number; replies: boolean } {
  const user = useCurrentUser();
  const readable = canDo(user, 'item.read').allowed;
  const replies = reachOf(user, 'supervision.reply') === 'own';
  const worklist = useWorklist(readable);
  const supervisions = useOpenSupervisions(readable);
  const count = (worklist.data?.entries.length ?? 0) + (replies ? (supervisions.data?.length ?? 0) : 0);
  return { count, replies };
}
