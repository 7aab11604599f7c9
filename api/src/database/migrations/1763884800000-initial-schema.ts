import { randomUUID } from 'node:crypto';
import { DEFAULT_CATEGORIES, DEFAULT_CAUSE_TAGS, DEFAULT_SOURCES } from '@rectify/shared';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Departments, accounts, sessions, dictionaries (with the default 来源, 类别 and 原因 entries),
 * settings, items and the append-only, hash-chained item history. Written with TypeORM's schema builder rather
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
          text('causeAnalysis', true),
          text('causeTags'),
          text('remarks', true),
          varchar('status', 12),
          { name: 'version', type: 'integer' },
          varchar('createdAt', 30),
          varchar('updatedAt', 30),
          varchar('closedAt', 30, true),
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
          varchar('actorId', 36, true),
          varchar('kind', 16),
          text('before', true),
          text('after', true),
          varchar('prevHash', 64),
          varchar('hash', 64),
        ],
        indices: [{ columnNames: ['itemId', 'seq'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('username', 40),
          varchar('displayName', 30),
          varchar('role', 12),
          varchar('departmentId', 36, true),
          varchar('passwordHash', 200),
          { name: 'disabled', type: 'boolean' },
          varchar('createdAt', 30),
        ],
        indices: [{ columnNames: ['username'], isUnique: true }],
        foreignKeys: [{ columnNames: ['departmentId'], referencedTableName: 'departments', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { ...varchar('tokenHash', 64), isPrimary: true },
          varchar('userId', 36),
          varchar('csrfToken', 64),
          varchar('createdAt', 30),
          varchar('expiresAt', 30),
        ],
        indices: [{ columnNames: ['userId'] }],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'dictionary_entries',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('kind', 12),
          varchar('name', 30),
          varchar('codeLetters', 4, true),
          { name: 'active', type: 'boolean' },
          { name: 'sortOrder', type: 'integer' },
        ],
        indices: [{ columnNames: ['kind', 'name'], isUnique: true }],
      }),
    );
    const defaults = [
      ...DEFAULT_SOURCES.map((s) => ({ kind: 'source', name: s.name, codeLetters: s.codeLetters })),
      ...DEFAULT_CATEGORIES.map((name) => ({ kind: 'category', name, codeLetters: null })),
      ...DEFAULT_CAUSE_TAGS.map((name) => ({ kind: 'cause_tag', name, codeLetters: null })),
    ];
    await queryRunner.manager
      .createQueryBuilder()
      .insert()
      .into('dictionary_entries')
      .values(defaults.map((entry, index) => ({ id: randomUUID(), ...entry, active: true, sortOrder: (index + 1) * 10 })))
      .execute();

    await queryRunner.createTable(new Table({ name: 'settings', columns: [{ ...varchar('key', 50), isPrimary: true }, text('value')] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('settings');
    await queryRunner.dropTable('dictionary_entries');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
    await queryRunner.dropTable('item_events');
    await queryRunner.dropTable('items');
    await queryRunner.dropTable('departments');
  }
}
