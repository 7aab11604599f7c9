import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The lifecycle past the five columns: 销号 review, 整改轮次, 延期, and the counters of evidence,
 * 督办 and progress (shared/src/item/item.ts, ItemLifecycle). Items already in 销号 were closed
 * without review before this existed, so they count as approved.
 */
export class ItemLifecycle1764201600000 implements MigrationInterface {
  name = 'ItemLifecycle1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number) => new TableColumn({ name, type: 'varchar', length: String(length), isNullable: true });
    const integer = (name: string, value: number) => new TableColumn({ name, type: 'integer', isNullable: false, default: value });
    await queryRunner.addColumns('items', [
      new TableColumn({ name: 'signoff', type: 'varchar', length: '10', isNullable: false, default: "'none'" }),
      varchar('signoffStage', 10),
      varchar('signoffApplicantId', 36),
      varchar('signoffApplicantName', 50),
      varchar('signoffDepartmentId', 36),
      new TableColumn({ name: 'reviewRequirement', type: 'text', isNullable: true }),
      integer('round', 1),
      new TableColumn({ name: 'reopenReason', type: 'text', isNullable: true }),
      integer('stagesPassed', 0),
      varchar('originalDeadline', 10),
      integer('deadlineChanges', 0),
      new TableColumn({ name: 'extension', type: 'text', isNullable: true }),
      integer('evidenceCount', 0),
      integer('supervisionCount', 0),
      integer('openSupervisionCount', 0),
      varchar('lastProgressDate', 10),
    ]);
    await queryRunner.query(`UPDATE items SET signoff = 'approved' WHERE status = 'closed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [
      'signoff',
      'signoffStage',
      'signoffApplicantId',
      'signoffApplicantName',
      'signoffDepartmentId',
      'reviewRequirement',
      'round',
      'reopenReason',
      'stagesPassed',
      'originalDeadline',
      'deadlineChanges',
      'extension',
      'evidenceCount',
      'supervisionCount',
      'openSupervisionCount',
      'lastProgressDate',
    ]) {
      await queryRunner.dropColumn('items', column);
    }
  }
}
