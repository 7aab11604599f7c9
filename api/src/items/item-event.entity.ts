import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ItemEventKind = 'created' | 'updated' | 'moved';

/**
 * One entry of an item's history. Append-only: the code never updates or deletes a row, and every
 * change to an item writes its event in the same transaction as the change.
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

  /** Who did it; sign-in comes later, until then the client is anonymous ("未登录用户"). */
  @Column({ type: 'varchar', length: 50 })
  actor: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ItemEventKind;

  /** The changed fields before and after (only those), as JSON. */
  @Column({ type: 'simple-json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  after: Record<string, unknown> | null;
}
