import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Departments, items and the append-only item history. Written with TypeORM's schema builder rather
 * than raw SQL so the same migration runs on SQLite and PostgreSQL.
 */
export class InitialSchema1763884800000 implements MigrationInterface {
  name = 'InitialSchema1763884800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
    const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });

    await queryRunner.createTable(
      new Table({
        name: 'departments',
        columns: [{ ...varchar('id', 36), isPrimary: true }, varchar('name', 50), varchar('parentId', 36, true)],
        indices: [{ columnNames: ['name'], isUnique: true }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'items',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('code', 20),
          varchar('title', 60),
          text('description'),
          varchar('source', 30),
          varchar('batch', 60),
          varchar('scope', 12),
          varchar('person', 30, true),
          varchar('category', 30),
          varchar('rectifyType', 16, true),
          text('measures'),
          varchar('leader', 30, true),
          varchar('departmentId', 36, true),
          text('coDepartmentIds'),
          varchar('owner', 30, true),
          varchar('deadline', 10, true),
          text('stageGoal', true),
          varchar('nextReviewDate', 10, true),
          varchar('dueDate', 10, true),
          text('completion', true),
          varchar('status', 12),
          { name: 'version', type: 'integer' },
          varchar('createdAt', 30),
          varchar('updatedAt', 30),
        ],
        foreignKeys: [{ columnNames: ['departmentId'], referencedTableName: 'departments', referencedColumnNames: ['id'] }],
      }),
    );
    for (const index of [
      new TableIndex({ columnNames: ['code'], isUnique: true }),
      new TableIndex({ columnNames: ['source'] }),
      new TableIndex({ columnNames: ['category'] }),
      new TableIndex({ columnNames: ['departmentId'] }),
      new TableIndex({ columnNames: ['status', 'dueDate'] }),
    ]) {
      await queryRunner.createIndex('items', index);
    }

    await queryRunner.createTable(
      new Table({
        name: 'item_events',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          varchar('itemId', 36),
          varchar('at', 30),
          varchar('actor', 50),
          varchar('kind', 16),
          text('before', true),
          text('after', true),
        ],
        indices: [{ columnNames: ['itemId', 'seq'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('item_events');
    await queryRunner.dropTable('items');
    await queryRunner.dropTable('departments');
  }
}
