import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * 整改进展 (the dated progress log) and 佐证材料 (evidence files; the bytes live in the files folder,
 * AppConfig.filesPath, named by the row's id). Both only grow: nothing updates or deletes a row.
 * Schema builder, not raw SQL, so it runs on SQLite and PostgreSQL alike.
 */
export class EvidenceProgress1764201700000 implements MigrationInterface {
  name = 'EvidenceProgress1764201700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
    const integer = (name: string) => ({ name, type: 'integer', isNullable: false });

    await queryRunner.createTable(
      new Table({
        name: 'progress_entries',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('itemId', 36),
          varchar('date', 10),
          { name: 'text', type: 'text', isNullable: false },
          integer('round'),
          varchar('authorId', 36, true),
          varchar('authorName', 50),
          varchar('createdAt', 30),
        ],
        indices: [{ columnNames: ['itemId', 'date'] }],
        foreignKeys: [{ columnNames: ['itemId'], referencedTableName: 'items', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'evidence_files',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('itemId', 36),
          varchar('progressId', 36, true),
          varchar('fileName', 120),
          { name: 'size', type: 'integer', isNullable: false },
          varchar('mimeType', 100),
          varchar('sha256', 64),
          varchar('note', 200, true),
          integer('round'),
          varchar('uploadedById', 36, true),
          varchar('uploadedByName', 50),
          varchar('uploadedAt', 30),
        ],
        indices: [{ columnNames: ['itemId', 'uploadedAt'] }, { columnNames: ['progressId'] }],
        foreignKeys: [
          { columnNames: ['itemId'], referencedTableName: 'items', referencedColumnNames: ['id'] },
          { columnNames: ['progressId'], referencedTableName: 'progress_entries', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('evidence_files');
    await queryRunner.dropTable('progress_entries');
  }
}
