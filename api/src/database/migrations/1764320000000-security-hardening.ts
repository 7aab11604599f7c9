import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The sign-in throttle's counters (in the database, so limits hold across several API processes) and
 * the append-only, hash-chained admin log of account, department, dictionary, setting and webhook
 * changes. Schema builder, so SQLite and PostgreSQL alike.
 */
export class SecurityHardening1764320000000 implements MigrationInterface {
  name = 'SecurityHardening1764320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
    const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });

    await queryRunner.createTable(
      new Table({
        name: 'login_throttle',
        columns: [
          { ...varchar('key', 200), isPrimary: true },
          { name: 'failures', type: 'integer' },
          varchar('lastFailureAt', 30, true),
          varchar('lastSuccessAt', 30, true),
          varchar('updatedAt', 30),
        ],
        indices: [{ columnNames: ['updatedAt'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'admin_events',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          varchar('at', 30),
          varchar('actor', 50),
          varchar('actorId', 36, true),
          varchar('kind', 32),
          varchar('targetId', 36, true),
          varchar('targetName', 100),
          text('before', true),
          text('after', true),
          varchar('prevHash', 64),
          varchar('hash', 64),
        ],
        indices: [{ columnNames: ['at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('admin_events');
    await queryRunner.dropTable('login_throttle');
  }
}
