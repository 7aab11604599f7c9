import { stayStep, type OpenStay } from '@rectify/shared';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What several API processes on one database must share instead of keeping in memory or computing
 * per request: the next 编号 per prefix, the background jobs' leases, and each card's time per column
 * (kept as history is written, so the dashboard does not re-read the whole history). Schema builder
 * plus plain SQL, so SQLite and PostgreSQL alike; counters and stays are filled from existing data.
 */
export class MultiProcess1764340000000 implements MigrationInterface {
  name = 'MultiProcess1764340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });

    await queryRunner.createTable(
      new Table({
        name: 'item_code_counters',
        columns: [
          { ...varchar('prefix', 30), isPrimary: true },
          { name: 'lastSequence', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'job_leases',
        columns: [{ ...varchar('name', 40), isPrimary: true }, varchar('holder', 100), varchar('expiresAt', 30), { name: 'cycle', type: 'integer' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'item_column_stays',
        columns: [
          { ...varchar('itemId', 36), isPrimary: true },
          { ...varchar('columnKey', 12), isPrimary: true },
          { name: 'totalMs', type: 'bigint' },
          { name: 'stays', type: 'integer' },
          varchar('enteredAt', 30, true),
        ],
      }),
    );

    // Counters start at the highest sequence already used under each prefix (2026-XC-007 → 7).
    const highest = new Map<string, number>();
    for (const { code } of (await queryRunner.query('SELECT code FROM items')) as Array<{ code: string }>) {
      const match = /^(.*\D)(\d+)$/.exec(code);
      if (match) highest.set(match[1], Math.max(highest.get(match[1]) ?? 0, Number(match[2])));
    }
    for (const [prefix, sequence] of highest) {
      await queryRunner.manager.createQueryBuilder().insert().into('item_code_counters').values({ prefix, lastSequence: sequence }).execute();
    }

    // Stays: the history's creations and moves replayed in time order, as the dashboard computed them.
    const events = (await queryRunner.query(`SELECT "itemId", at, kind, after FROM item_events WHERE kind IN ('created', 'moved') ORDER BY at, seq`)) as Array<{
      itemId: string;
      at: string;
      kind: string;
      after: string | null;
    }>;
    const open = new Map<string, OpenStay | undefined>();
    const rows = new Map<string, { itemId: string; columnKey: string; totalMs: number; stays: number; enteredAt: string | null }>();
    const rowOf = (itemId: string, column: string) => {
      const key = `${itemId}|${column}`;
      if (!rows.has(key)) rows.set(key, { itemId, columnKey: column, totalMs: 0, stays: 0, enteredAt: null });
      return rows.get(key)!;
    };
    for (const event of events) {
      const step = stayStep(open.get(event.itemId), { ...event, after: event.after ? JSON.parse(event.after) : null });
      if (step.finished) {
        const row = rowOf(event.itemId, step.finished.column);
        row.totalMs += step.finished.ms;
        row.stays++;
      }
      const before = open.get(event.itemId);
      if (before) rowOf(event.itemId, before.column).enteredAt = null;
      if (step.open) rowOf(event.itemId, step.open.column).enteredAt = new Date(step.open.since).toISOString();
      open.set(event.itemId, step.open);
    }
    const all = [...rows.values()];
    for (let i = 0; i < all.length; i += 50) {
      await queryRunner.manager
        .createQueryBuilder()
        .insert()
        .into('item_column_stays')
        .values(all.slice(i, i + 50))
        .execute();
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('item_column_stays');
    await queryRunner.dropTable('job_leases');
    await queryRunner.dropTable('item_code_counters');
  }
}
