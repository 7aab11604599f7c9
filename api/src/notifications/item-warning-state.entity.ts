import type { WarningLevel } from '@rectify/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last warning level the job notified for an item (shared/src/warning/escalation.ts, WarningState). */
@Entity('item_warning_states')
export class ItemWarningStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  itemId: string;

  @Column({ type: 'varchar', length: 8 })
  level: WarningLevel;

  @Column({ type: 'varchar', length: 10 })
  since: string;

  @Column({ type: 'integer' })
  redRuns: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  suggestedOn: string | null;

  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;
}
