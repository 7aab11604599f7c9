import { AsyncLocalStorage } from 'node:async_hooks';
import { dirname } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { holdWriteLock } from './write-lock.js';
import { StorageUnavailableError } from '../common/domain-errors.js';
import { storageProblemOf, type StorageProblem } from '../common/storage-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { SqliteConnection } from './sqlite-connection.js';
import { StorageProbe } from './storage-probe.js';

/** Ends the probe's transaction: it is rolled back like any failed write. */
const PROBE_DONE = new Error('write probe done');

/** The outcome of the latest write (on PostgreSQL the only sign of a full disk /api/health has). */
interface WriteState {
  problem: StorageProblem | null;
  at: string | null;
}

/**
 * Runs atomic writes one at a time. All queries share one SQLite connection, and two overlapping
 * `dataSource.transaction()` calls on it fail ("cannot start a transaction within a transaction");
 * queued, they never overlap. A failed write rolls back and does not stop the queue.
 *
 * No write is acknowledged that is not committed: after every transaction the connection is checked
 * and, after a failure, rolled back by hand (SQLite and TypeORM can disagree after a failed COMMIT).
 * A write that failed for lack of space or permission becomes a StorageUnavailableError (503) that
 * names the cause; the next write simply tries again, so the board recovers without a restart.
 *
 * On PostgreSQL each transaction also takes the cross-process write lock (write-lock.ts).
 */
@Injectable()
export class WriteQueue {
  private readonly logger = new Logger(WriteQueue.name);
  private tail: Promise<unknown> = Promise.resolve();
  /** Present (and `active`) only inside a queued transaction's own async calls. */
  private readonly inside = new AsyncLocalStorage<{ active: boolean }>();
  private readonly sqlite: SqliteConnection | null;
  readonly probe: StorageProbe;
  private state: WriteState = { problem: null, at: null };

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const database = config.database;
    this.sqlite = database.type === 'sqlite' ? new SqliteConnection(dataSource) : null;
    this.probe =
      database.type === 'sqlite'
        ? new StorageProbe([dirname(database.path), config.filesPath], [database.path, `${database.path}-wal`])
        : new StorageProbe([config.filesPath], []);
    this.sqlite?.routeWritesThrough(
      () => this.inside.getStore()?.active === true,
      (write) => this.run(() => write()),
    );
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => this.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }

  private probing: Promise<StorageProblem | null> | null = null;

  /**
   * Could a write be stored now? Probes the data folders and, on SQLite, tries a write in a transaction
   * it rolls back (a connection opened read-only is reopened on the way). Concurrent callers share one probe.
   */
  writable(): Promise<StorageProblem | null> {
    this.probing ??= this.probeNow().finally(() => (this.probing = null));
    return this.probing;
  }

  private async probeNow(): Promise<StorageProblem | null> {
    const onDisk = await this.probe.problem();
    if (onDisk) return onDisk;
    if (!this.sqlite) return this.state.problem;
    try {
      await this.run(async (manager) => {
        await manager.query('CREATE TABLE "_write_probe" ("x" integer)');
        throw PROBE_DONE;
      });
    } catch (error) {
      if (error instanceof StorageUnavailableError) return error.problem;
      if (error !== PROBE_DONE) throw error;
    }
    this.state = { problem: null, at: new Date().toISOString() };
    return null;
  }

  private async transaction<T>(work: (manager: EntityManager) => Promise<T>, retried = false): Promise<T> {
    const marker = { active: true };
    try {
      await this.sqlite?.reopenIfStale();
      const result = await this.inside.run(marker, () =>
        this.dataSource.transaction(async (manager) => {
          await holdWriteLock(manager);
          return work(manager);
        }),
      );
      if (this.sqlite && !this.sqlite.committed()) {
        // TypeORM says committed while SQLite is still inside a transaction: this write is not durable.
        this.logger.error('事务提交后连接仍处于事务中，已回滚');
        throw new StorageUnavailableError('io_error');
      }
      this.state = { problem: null, at: new Date().toISOString() };
      return result;
    } catch (error) {
      marker.active = false;
      this.sqlite?.settle();
      const problem = error instanceof StorageUnavailableError ? error.problem : await this.diagnose(error);
      if (!problem) throw error;
      // A connection opened read-only stays so: reopen it once, in case the permission has returned.
      if (this.sqlite && !retried && /^SQLITE_(READONLY|CANTOPEN)/.test(String((error as { code?: string }).code))) {
        this.sqlite.markStale();
        return this.transaction(work, true);
      }
      this.state = { problem, at: new Date().toISOString() };
      this.logger.error(`写入失败（${problem}）：${error instanceof Error ? error.message : String(error)}`);
      throw new StorageUnavailableError(problem);
    } finally {
      marker.active = false;
    }
  }

  /** SQLite says only "disk I/O error" for many causes: the probe finds which. */
  private async diagnose(error: unknown): Promise<StorageProblem | null> {
    const problem = storageProblemOf(error);
    if (problem !== 'io_error') return problem;
    return (await this.probe.problem()) ?? 'io_error';
  }
}
