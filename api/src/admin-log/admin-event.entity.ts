import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the admin log: who changed which account, department, dictionary entry, setting or
 * webhook, from what to what. Append-only and hash-chained like item_events; `before` and `after` are
 * kept as the JSON text that was hashed, so the verifier hashes the stored text as stored.
 */
@Entity('admin_events')
export class AdminEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 30 })
  at: string;

  @Column({ type: 'varchar', length: 50 })
  actor: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  targetId: string | null;

  /** What was changed, named at the time (username, department or entry name, setting key). */
  @Column({ type: 'varchar', length: 100 })
  targetName: string;

  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
