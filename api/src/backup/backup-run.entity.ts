import type { BackupTrigger } from '@rectify/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Bytes can pass 2 GB: stored as bigint (PostgreSQL hands bigint back as text). */
const bytes = { to: (value: number | null) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) };

/** One backup run (scheduled or 立即备份), kept for the 数据备份 page: what was copied, or why it failed. */
@Entity('backup_runs')
@Index(['finishedAt'])
export class BackupRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  trigger: BackupTrigger;

  @Column({ type: 'varchar', length: 30 })
  startedAt: string;

  @Column({ type: 'varchar', length: 30 })
  finishedAt: string;

  @Column({ type: 'boolean' })
  ok: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  folder: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: bytes })
  sizeBytes: number | null;

  @Column({ type: 'integer', nullable: true })
  items: number | null;

  @Column({ type: 'integer', nullable: true })
  historyEvents: number | null;

  @Column({ type: 'integer', nullable: true })
  evidenceFiles: number | null;

  @Column({ type: 'integer' })
  removed: number;

  @Column({ type: 'text' })
  message: string;
}
