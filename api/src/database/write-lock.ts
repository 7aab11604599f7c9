import type { DataSource, EntityManager } from 'typeorm';

/** Advisory-lock namespace of this app's write lock (the second key is the schema, so schemas sharing a database do not contend). */
const WRITE_LOCK_CLASS = 1_764_340;

/**
 * Makes the calling transaction the only writer of the database until it ends, across every API
 * process. SQLite already has one writer (one process, one connection, the write queue). On
 * PostgreSQL several processes write at once; everything built on the write queue (the history
 * chain's head read and extended, read-check-write rules such as unique names) relies on writers not
 * interleaving, so each queued transaction first takes this transaction-scoped advisory lock.
 * Re-entrant within a transaction; released by COMMIT or ROLLBACK, also when a process dies.
 */
export async function holdWriteLock(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type !== 'postgres') return;
  await manager.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_CLASS}, hashtext(current_schema()))`);
}

/** Runs `sql` written with `?` placeholders on either engine (PostgreSQL numbers them: $1, $2…). */
export function portableQuery<T = Record<string, unknown>>(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<T[]> {
  let n = 0;
  const text = manager.connection.options.type === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  return manager.query(text, parameters);
}

/** Advisory-lock namespace of migrations (session-level: held across the migrations' own transaction). */
const MIGRATION_LOCK_CLASS = 1_764_341;

/**
 * Applies pending migrations on PostgreSQL one process at a time: processes started together, or
 * restarted one by one after an upgrade, wait for the first to finish; the rest find nothing to do.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_CLASS}, hashtext(current_schema()))`);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_CLASS}, hashtext(current_schema()))`).catch(() => undefined);
    await runner.release();
  }
}
