import type Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';

/** The parts of TypeORM's better-sqlite3 driver and its single query runner this file has to reach. */
interface DriverInternals {
  databaseConnection: Database.Database;
  createQueryRunner(): RunnerInternals;
  createDatabaseConnection(): Promise<Database.Database>;
}
interface RunnerInternals {
  isTransactionActive: boolean;
  transactionDepth: number;
  stmtCache: Map<string, unknown>;
  query: (query: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b/i;
const TRANSACTION = /^\s*(BEGIN|SAVEPOINT)\b/i;

/**
 * The one better-sqlite3 connection TypeORM shares between all queries, kept in a state where a
 * write is either committed or refused.
 *
 * TypeORM tracks the transaction in its own counters. When SQLite ends a transaction by itself (it
 * rolls back on SQLITE_FULL) or keeps it open after a failed COMMIT, those counters and SQLite
 * disagree: the next transactions become savepoints inside one that is never committed, and every
 * later write is acknowledged but lost. `settle()` puts both back to "no transaction".
 */
export class SqliteConnection {
  /** Set when the connection itself cannot write (opened read-only): the next write reopens it. */
  private stale = false;

  constructor(private readonly dataSource: DataSource) {}

  private get driver(): DriverInternals {
    return this.dataSource.driver as unknown as DriverInternals;
  }

  private get runner(): RunnerInternals {
    return this.driver.createQueryRunner();
  }

  get raw(): Database.Database {
    return this.driver.databaseConnection;
  }

  /** Rolls back whatever SQLite still holds open and makes TypeORM agree that no transaction is active. */
  settle(): void {
    if (this.raw.inTransaction) {
      try {
        this.raw.exec('ROLLBACK');
      } catch {
        // A connection that cannot even roll back is replaced before the next write.
        this.stale = true;
      }
    }
    const runner = this.runner;
    runner.isTransactionActive = false;
    runner.transactionDepth = 0;
  }

  /** After a commit that returned: SQLite must be out of the transaction, or the write is not durable. */
  committed(): boolean {
    return !this.raw.inTransaction;
  }

  markStale(): void {
    this.stale = true;
  }

  /**
   * A connection opened while the data folder was read-only stays read-only after the permission
   * returns (SQLite falls back to read-only on open): replace it so writes recover without a restart.
   */
  async reopenIfStale(): Promise<void> {
    if (!this.stale) return;
    const old = this.raw;
    const fresh = await this.driver.createDatabaseConnection();
    this.driver.databaseConnection = fresh;
    this.runner.stmtCache.clear();
    this.stale = false;
    // A read that already took a prepared statement of the old connection finishes in this tick.
    setImmediate(() => old.close());
  }

  /**
   * Writes issued outside the write queue (sign-in's sessions, test set-ups) would otherwise run inside
   * whatever queued transaction is open at that moment, and vanish if it rolls back: each is queued
   * as a transaction of its own. Opening a transaction outside the queue is a programming error.
   */
  routeWritesThrough(insideQueue: () => boolean, enqueue: <T>(write: () => Promise<T>) => Promise<T>): void {
    const runner = this.runner;
    const query = runner.query.bind(runner);
    runner.query = (sql, parameters, structured) => {
      if (insideQueue()) return query(sql, parameters, structured);
      if (TRANSACTION.test(sql)) return Promise.reject(new Error(`事务须经 WriteQueue.run 执行：${sql}`));
      if (WRITE.test(sql)) return enqueue(() => query(sql, parameters, structured));
      return query(sql, parameters, structured);
    };
  }
}
