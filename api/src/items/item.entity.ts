import type { ColumnKey, Measure, ProblemScope, RectifyType } from '@rectify/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row of the 整改台账. Field meanings: shared/src/item/item.ts. */
@Entity('items')
@Index(['status', 'dueDate'])
export class ItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  source: string;

  @Column({ type: 'varchar', length: 60 })
  batch: string;

  @Column({ type: 'varchar', length: 12 })
  scope: ProblemScope;

  @Column({ type: 'varchar', length: 30, nullable: true })
  person: string | null;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  category: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  rectifyType: RectifyType | null;

  @Column({ type: 'simple-json' })
  measures: Measure[];

  @Column({ type: 'varchar', length: 30, nullable: true })
  leader: string | null;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  departmentId: string | null;

  @Column({ type: 'simple-json' })
  coDepartmentIds: string[];

  @Column({ type: 'varchar', length: 30, nullable: true })
  owner: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  deadline: string | null;

  @Column({ type: 'text', nullable: true })
  stageGoal: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  nextReviewDate: string | null;

  /** dueDateOf(item), stored so the board can filter and sort by warning in SQL. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueDate: string | null;

  @Column({ type: 'text', nullable: true })
  completion: string | null;

  @Column({ type: 'text', nullable: true })
  causeAnalysis: string | null;

  @Column({ type: 'simple-json' })
  causeTags: string[];

  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: ColumnKey;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ type: 'varchar', length: 30 })
  updatedAt: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  closedAt: string | null;
}
