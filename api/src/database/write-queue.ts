import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs atomic writes one at a time. All queries share one SQLite connection, and two overlapping
 * `dataSource.transaction()` calls on it fail ("cannot start a transaction within a transaction");
 * queued, they never overlap. A failed write rolls back and does not stop the queue.
 */
@Injectable()
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }
}
