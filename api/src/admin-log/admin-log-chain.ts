import { createHash } from 'node:crypto';
import type { Actor, AdminEventKind } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { AdminEventEntity } from './admin-event.entity.js';

export const ADMIN_GENESIS_HASH = '0'.repeat(64);

export interface AdminChange {
  kind: AdminEventKind;
  targetId: string | null;
  targetName: string;
  /** The changed fields before and after (never a password or its hash). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Who made the change: the signed-in administrator, or a named system writer (the create-admin command). */
export type AdminAuthor = Pick<Actor, 'id' | 'displayName'> | { id: null; displayName: string };

type Hashed = Omit<AdminEventEntity, 'seq' | 'hash'>;

/**
 * SHA-256 over the entry and the previous hash. `before` and `after` are hashed as the stored JSON
 * text, so verifying never depends on parsing what is in the database.
 */
export function adminEventHash(e: Hashed): string {
  const fields = [e.at, e.actor, e.actorId, e.kind, e.targetId, e.targetName, e.before, e.after, e.prevHash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Appends one entry inside the caller's transaction (the change and its record commit together).
 * Runs in the write queue; on PostgreSQL a transaction-scoped advisory lock also keeps other API
 * processes from reading the same chain head.
 */
export async function recordAdminChange(manager: EntityManager, author: AdminAuthor, change: AdminChange, at = new Date().toISOString()): Promise<void> {
  if (manager.connection.options.type === 'postgres') await manager.query(`SELECT pg_advisory_xact_lock(hashtext('admin_events'))`);
  const repository = manager.getRepository(AdminEventEntity);
  const [head] = await repository.find({ select: { hash: true }, order: { seq: 'DESC' }, take: 1 });
  const content: Hashed = {
    at,
    actor: author.displayName,
    actorId: author.id,
    kind: change.kind,
    targetId: change.targetId,
    targetName: change.targetName.slice(0, 100),
    before: change.before ? JSON.stringify(change.before) : null,
    after: change.after ? JSON.stringify(change.after) : null,
    prevHash: head?.hash ?? ADMIN_GENESIS_HASH,
  };
  await repository.insert({ ...content, hash: adminEventHash(content) });
}

/** The fields of `next` that differ from `current`, each side only with those; null when nothing changed. */
export function fieldChanges<T extends object>(
  current: T,
  next: T,
  fields: ReadonlyArray<keyof T>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of fields) {
    const [a, b] = [current[field], next[field]];
    if (JSON.stringify(a ?? null) === JSON.stringify(b ?? null)) continue;
    before[field as string] = a ?? null;
    after[field as string] = b ?? null;
  }
  return Object.keys(after).length ? { before, after } : null;
}
