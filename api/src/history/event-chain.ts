import { createHash } from 'node:crypto';
import type { ItemEventEntity } from './item-event.entity.js';

/** The "previous hash" of the very first event. */
export const GENESIS_HASH = '0'.repeat(64);

export type ChainedContent = Omit<ItemEventEntity, 'seq' | 'hash'>;

/** SHA-256 over the event's content (keys sorted, so storage order cannot matter) and the previous hash. */
export function eventHash(event: ChainedContent): string {
  const content = {
    itemId: event.itemId,
    at: event.at,
    actor: event.actor,
    actorId: event.actorId,
    kind: event.kind,
    before: event.before,
    after: event.after,
    prevHash: event.prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
