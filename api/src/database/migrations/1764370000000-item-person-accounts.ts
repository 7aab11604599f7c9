import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 责任领导 and 责任人 picked from the office's accounts: the account beside the name as written
 * (null for free text, and for every item so far). Plain ADD COLUMN, accepted by SQLite and PostgreSQL.
 */
export class ItemPersonAccounts1764370000000 implements MigrationInterface {
  name = 'ItemPersonAccounts1764370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "items" ADD COLUMN "leaderUserId" varchar(36)`);
    await queryRunner.query(`ALTER TABLE "items" ADD COLUMN "ownerUserId" varchar(36)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "ownerUserId"`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "leaderUserId"`);
  }
}
