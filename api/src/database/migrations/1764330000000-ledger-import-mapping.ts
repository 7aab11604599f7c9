import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * 台账 import: items closed on paper before they came here (closedVia = 'ledger'), and the column and
 * value mappings people confirmed, remembered by the file's headers. Schema builder, so SQLite and
 * PostgreSQL alike.
 */
export class LedgerImportMapping1764330000000 implements MigrationInterface {
  name = 'LedgerImportMapping1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('items', new TableColumn({ name: 'closedVia', type: 'varchar', length: '10', isNullable: true }));
    await queryRunner.createTable(
      new Table({
        name: 'ledger_mappings',
        columns: [
          // SHA-256 of the header key: the key itself may be longer than an index allows.
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'headerKey', type: 'text' },
          { name: 'mapping', type: 'text' },
          { name: 'savedById', type: 'varchar', length: '36', isNullable: true },
          { name: 'savedByName', type: 'varchar', length: '50' },
          { name: 'savedAt', type: 'varchar', length: '30' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ledger_mappings');
    await queryRunner.dropColumn('items', 'closedVia');
  }
}
