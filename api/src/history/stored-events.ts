import type { EntityManager, Repository } from 'typeorm';
import type { ChainedContent } from './event-chain.js';
import { ItemEventEntity } from './item-event.entity.js';

/** An item_events row exactly as stored: `before` and `after` are the JSON text, not yet parsed. */
export interface StoredEventRow {
  seq: number;
  itemId: string;
  at: string;
  actor: string;
  actorId: string | null;
  kind: ItemEventEntity['kind'];
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
}

/**
 * A query over item_events that returns the stored text of the JSON columns. Reading through the
 * entity would let TypeORM parse them, and a row altered in the database would then fail the whole
 * request instead of being reported as the break it is.
 */
export function storedEvents(source: Repository<ItemEventEntity> | EntityManager) {
  const repository = 'getRepository' in source ? source.getRepository(ItemEventEntity) : source;
  return repository
    .createQueryBuilder('e')
    .select('e.seq', 'seq')
    .addSelect('e.itemId', 'itemId')
    .addSelect('e.at', 'at')
    .addSelect('e.actor', 'actor')
    .addSelect('e.actorId', 'actorId')
    .addSelect('e.kind', 'kind')
    .addSelect('e.before', 'before')
    .addSelect('e.after', 'after')
    .addSelect('e.prevHash', 'prevHash')
    .addSelect('e.hash', 'hash')
    .orderBy('e.seq', 'ASC');
}

type Json = Record<string, unknown> | null;

/**
 * The stored JSON text as a value, or `undefined` when it is not what the application writes: it must
 * parse, and write back to the very same text (the column holds JSON.stringify of the value). Any
 * edit of the text, even one that still parses, fails here.
 */
export function parseStored(text: string | null): Json | undefined {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (JSON.stringify(value) !== text || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return value as Json;
  } catch {
    return undefined;
  }
}

/** The row's content as the chain hashes it, or undefined when its JSON was altered. */
export function chainedContent(row: StoredEventRow): ChainedContent | undefined {
  const before = parseStored(row.before);
  const after = parseStored(row.after);
  if (before === undefined || after === undefined) return undefined;
  return { itemId: row.itemId, at: row.at, actor: row.actor, actorId: row.actorId, kind: row.kind, before, after, prevHash: row.prevHash };
}
