import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * 督办单, in-app notifications, the warnings job's memory of each item's last notified level, and
 * outbound group-robot webhooks with their delivery outbox. Schema builder, so SQLite and PostgreSQL alike.
 */
export class SupervisionNotifications1764201800000 implements MigrationInterface {
  name = 'SupervisionNotifications1764201800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
    const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });

    await queryRunner.createTable(
      new Table({
        name: 'supervisions',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('itemId', 36),
          text('requirement'),
          varchar('replyBy', 10),
          varchar('issuedById', 36),
          varchar('issuedByName', 50),
          varchar('issuedAt', 30),
          text('reply', true),
          varchar('repliedById', 36, true),
          varchar('repliedByName', 50, true),
          varchar('repliedAt', 30, true),
        ],
        indices: [{ columnNames: ['itemId', 'issuedAt'] }, { columnNames: ['repliedAt'] }],
        foreignKeys: [{ columnNames: ['itemId'], referencedTableName: 'items', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('userId', 36),
          varchar('itemId', 36, true),
          varchar('kind', 24),
          varchar('title', 100),
          text('body'),
          varchar('createdAt', 30),
          varchar('readAt', 30, true),
        ],
        indices: [{ columnNames: ['userId', 'createdAt'] }],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'item_warning_states',
        columns: [
          { ...varchar('itemId', 36), isPrimary: true },
          varchar('level', 8),
          varchar('since', 10),
          { name: 'redRuns', type: 'integer' },
          varchar('suggestedOn', 10, true),
          varchar('updatedAt', 30),
        ],
        foreignKeys: [{ columnNames: ['itemId'], referencedTableName: 'items', referencedColumnNames: ['id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'webhooks',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('name', 50),
          varchar('kind', 12),
          varchar('url', 500),
          { name: 'enabled', type: 'boolean' },
          varchar('createdAt', 30),
          varchar('updatedAt', 30),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('webhookId', 36),
          text('payload'),
          varchar('status', 10),
          { name: 'attempts', type: 'integer' },
          varchar('nextAttemptAt', 30),
          text('lastError', true),
          varchar('createdAt', 30),
          varchar('deliveredAt', 30, true),
        ],
        indices: [{ columnNames: ['status', 'nextAttemptAt'] }, { columnNames: ['webhookId'] }],
        foreignKeys: [{ columnNames: ['webhookId'], referencedTableName: 'webhooks', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('webhook_deliveries');
    await queryRunner.dropTable('webhooks');
    await queryRunner.dropTable('item_warning_states');
    await queryRunner.dropTable('notifications');
    await queryRunner.dropTable('supervisions');
  }
}
