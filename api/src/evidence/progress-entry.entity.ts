import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One dated 整改进展 entry of an item. The log only grows. */
@Entity('progress_entries')
@Index(['itemId', 'date'])
export class ProgressEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  itemId: string;

  /** When the work was done (YYYY-MM-DD, office time), not when it was typed in. */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 50 })
  authorName: string;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;
}
