import type { ColumnKey, ExtensionRequest, Measure, ProblemScope, RectifyType, SignoffStage, SignoffState } from '@rectify/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row of the 整改台账. Field meanings: shared/src/item/item.ts. */
@Entity('items')
// The board's sort indexes are expression indexes, made by migration 1764350000000 (decorators cannot say them).
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

  /** The 责任领导's account, when picked from the accounts (see shared item-people.ts). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  leaderUserId: string | null;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  departmentId: string | null;

  @Column({ type: 'simple-json' })
  coDepartmentIds: string[];

  @Column({ type: 'varchar', length: 30, nullable: true })
  owner: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  ownerUserId: string | null;

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

  /** 销号日期: when the application was finally approved (null while open or pending). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  closedAt: string | null;

  // The lifecycle (shared/src/item/item.ts, ItemLifecycle). Set by the lifecycle actions with a version bump.
  @Column({ type: 'varchar', length: 10, default: 'none' })
  signoff: SignoffState;

  @Column({ type: 'varchar', length: 10, nullable: true })
  signoffStage: SignoffStage | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  signoffApplicantId: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  signoffApplicantName: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  signoffDepartmentId: string | null;

  @Column({ type: 'text', nullable: true })
  reviewRequirement: string | null;

  @Column({ type: 'integer', default: 1 })
  round: number;

  @Column({ type: 'text', nullable: true })
  reopenReason: string | null;

  @Column({ type: 'integer', default: 0 })
  stagesPassed: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  originalDeadline: string | null;

  @Column({ type: 'integer', default: 0 })
  deadlineChanges: number;

  @Column({ type: 'simple-json', nullable: true })
  extension: ExtensionRequest | null;

  // Counters kept by the features that own the rows they count (evidence, supervision, progress), in
  // the same transaction as those rows. They do not bump `version`: adding a file or a 督办单 does not
  // change anything a person is editing, so it must not make their save stale.
  @Column({ type: 'integer', default: 0 })
  evidenceCount: number;

  @Column({ type: 'integer', default: 0 })
  supervisionCount: number;

  @Column({ type: 'integer', default: 0 })
  openSupervisionCount: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  lastProgressDate: string | null;

  /** 'ledger': closed on paper before it came here, imported as 已销号 (no review on the board). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  closedVia: 'ledger' | null;
}
