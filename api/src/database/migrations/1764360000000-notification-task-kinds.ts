import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 待审核 / 待审批 notices get kinds of their own (signoff_review, extension_decision), so the list can
 * tell them apart from news about the same step and mark them 已处理 once decided. Existing rows are
 * recognised by the title prefix they were written with. Plain SQL, so SQLite and PostgreSQL alike.
 */
export class NotificationTaskKinds1764360000000 implements MigrationInterface {
  name = 'NotificationTaskKinds1764360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE notifications SET kind = 'signoff_review' WHERE kind = 'signoff' AND title LIKE '待审核：%'`);
    await queryRunner.query(`UPDATE notifications SET kind = 'extension_decision' WHERE kind = 'extension' AND title LIKE '待审批：%'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE notifications SET kind = 'signoff' WHERE kind = 'signoff_review'`);
    await queryRunner.query(`UPDATE notifications SET kind = 'extension' WHERE kind = 'extension_decision'`);
  }
}
