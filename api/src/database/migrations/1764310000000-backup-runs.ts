import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The record of backup runs shown on 系统管理 → 数据备份. Schema builder, so SQLite and PostgreSQL alike. */
export class BackupRuns1764310000000 implements MigrationInterface {
  name = 'BackupRuns1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
    const integer = (name: string, nullable = true) => ({ name, type: 'integer', isNullable: nullable });
    await queryRunner.createTable(
      new Table({
        name: 'backup_runs',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('trigger', 10),
          varchar('startedAt', 30),
          varchar('finishedAt', 30),
          { name: 'ok', type: 'boolean' },
          varchar('folder', 500, true),
          { name: 'sizeBytes', type: 'bigint', isNullable: true },
          integer('items'),
          integer('historyEvents'),
          integer('evidenceFiles'),
          integer('removed', false),
          { name: 'message', type: 'text' },
        ],
        indices: [{ columnNames: ['finishedAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('backup_runs');
  }
}
