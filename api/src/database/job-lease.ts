import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { EntityManager } from 'typeorm';
import { portableQuery } from './write-lock.js';

/** This process, as a lease holder (host, pid and a random tail: a restarted process is a new holder). */
export const PROCESS_HOLDER = `${hostname()}#${process.pid}#${randomUUID().slice(0, 8)}`;

/** The cycle `now` falls in: fixed slots of `intervalMs` from the epoch, so every process agrees on them. */
export function cycleOf(now: Date, intervalMs: number): { start: Date; end: Date } {
  const start = Math.floor(now.getTime() / intervalMs) * intervalMs;
  return { start: new Date(start), end: new Date(start + intervalMs) };
}

/**
 * Takes the lease on background job `name` until `until` (the end of the current cycle) if nobody
 * holds it at `now`: one row per job, raised in one statement (INSERT … ON CONFLICT DO UPDATE … WHERE
 * … RETURNING, SQLite ≥ 3.35 and PostgreSQL), so of several processes ticking in the same cycle
 * exactly one gets it. Returns the lease's running cycle number, or null when it is held.
 * Inside a queued transaction: taken with the job's own writes, a run that rolls back (or whose
 * process dies before COMMIT) gives the lease back at once; a holder that dies after taking it loses
 * it at `until`, and the next cycle is someone else's.
 */
export async function takeLease(manager: EntityManager, name: string, until: Date, now: Date, holder: string = PROCESS_HOLDER): Promise<number | null> {
  const [row] = await portableQuery<{ cycle: number }>(
    manager,
    `INSERT INTO job_leases (name, holder, "expiresAt", cycle) VALUES (?, ?, ?, 1)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "expiresAt" = excluded."expiresAt", cycle = job_leases.cycle + 1
     WHERE job_leases."expiresAt" <= ?
     RETURNING cycle`,
    [name, holder, until.toISOString(), now.toISOString()],
  );
  return row ? Number(row.cycle) : null;
}
