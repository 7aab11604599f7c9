import type { ItemEventKind } from '@rectify/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type { ItemEventKind };

/**
 * One entry of an item's history. Append-only: the code never updates or deletes a row, every change
 * to an item writes its event in the same transaction as the change, and each event carries a
 * SHA-256 over its content and the previous event's hash, so an edited or removed row is detectable.
 */
@Entity('item_events')
@Index(['itemId', 'seq'])
export class ItemEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 36 })
  itemId: string;

  @Column({ type: 'varchar', length: 30 })
  at: string;

  /** The actor's display name at the time (kept even if the account is later renamed or disabled). */
  @Column({ type: 'varchar', length: 50 })
  actor: string;

  /** The account; null for system writes such as demo data. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: ItemEventKind;

  /** The changed fields before and after (only those), as JSON. */
  @Column({ type: 'simple-json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
