/** GET /api/users/directory — the accounts 责任领导 and 责任人 may be chosen from. */
import type { PersonOption } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api-client';

export function usePeople(enabled = true) {
  return useQuery({
    queryKey: ['users', 'directory'],
    queryFn: ({ signal }) => api.get<PersonOption[]>('/users/directory', undefined, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** The accounts whose name or department contains what was typed (all of them for nothing typed), at most `limit`. */
export function matchPeople(people: readonly PersonOption[], text: string | null | undefined, limit = 50): PersonOption[] {
  const typed = (text ?? '').trim();
  const found = typed
    ? people.filter((p) => p.displayName.includes(typed) || (p.departmentName ?? '').includes(typed) || typed.includes(p.displayName))
    : people;
  return found.slice(0, limit);
}
