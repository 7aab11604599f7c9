import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes in the exact order each board column is listed (ItemSearch.cards), so a page of a column is
 * read straight off an index instead of sorting the whole column on every request; with keyset
 * paging ("after this card") the next page starts where the last one ended. The expressions must stay
 * the same as the query's ORDER BY for the databases to use them. SQLite and PostgreSQL both accept
 * these (double-quoted identifiers, a parenthesised expression, a descending column).
 */
export class BoardSortIndexes1764350000000 implements MigrationInterface {
  name = 'BoardSortIndexes1764350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Open columns: dated cards first, nearest due date first, then by 编号.
    await queryRunner.query(`CREATE INDEX "IDX_items_board_open" ON "items" ("status", ("dueDate" IS NULL), "dueDate", "code")`);
    // 销号: applications awaiting review first, then the most recently changed.
    await queryRunner.query(`CREATE INDEX "IDX_items_board_closed" ON "items" ("status", ("signoff" <> 'pending'), "updatedAt" DESC, "code")`);
    // The old (status, dueDate) index is a prefix of the first one.
    const old = (await queryRunner.getTable('items'))?.indices.find((i) => i.columnNames.join() === 'status,dueDate');
    if (old) await queryRunner.dropIndex('items', old);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_items_board_closed"`);
    await queryRunner.query(`DROP INDEX "IDX_items_board_open"`);
    await queryRunner.query(`CREATE INDEX "IDX_items_status_dueDate" ON "items" ("status", "dueDate")`);
  }
}
