import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { holdWriteLock } from './write-lock.js';

/**
 * Runs atomic writes one at a time. All queries share one SQLite connection, and two overlapping
 * `dataSource.transaction()` calls on it fail ("cannot start a transaction within a transaction");
 * queued, they never overlap. A failed write rolls back and does not stop the queue.
 * On PostgreSQL each transaction also takes the cross-process write lock (write-lock.ts).
 */
@Injectable()
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = this.tail.then(() =>
      this.dataSource.transaction(async (manager) => {
        await holdWriteLock(manager);
        return work(manager);
      }),
    );
    this.tail = result.catch(() => undefined);
    return result;
  }
}
