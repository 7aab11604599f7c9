import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ThrottledError } from '../common/domain-errors.js';
import { WriteQueue } from '../database/write-queue.js';
import { LoginThrottleEntity } from './login-throttle.entity.js';

/** Attempts an account may make from one address before each further one has to wait. */
export const FREE_ATTEMPTS = 5;
/** The first wait after the free attempts; it doubles with every further failure, up to MAX_DELAY_MS. */
const FIRST_DELAY_MS = 60_000;
const MAX_DELAY_MS = 15 * 60_000;
/** Failures on one account from anywhere, after which only addresses that have not failed on it may try. */
const ACCOUNT_LIMIT = 10;
/** Failures from one address across accounts, after which only accounts that signed in there before may try. */
const ADDRESS_LIMIT = 30;
/** A counter forgets its failures this long after the last one. */
const FORGET_MS = 30 * 60_000;
/** A pair that signed in within this span is "known" to its address. */
const KNOWN_PAIR_MS = 90 * 24 * 3600_000;

type Counter = Pick<LoginThrottleEntity, 'failures' | 'lastFailureAt' | 'lastSuccessAt'>;

/** An attempt let through: finish it with `succeeded` or `failed`. */
export interface AdmittedAttempt {
  keys: { pair: string; user: string; addr: string };
  /** Attempts left before the delays start, counting this one as failed. */
  remaining: number;
}

/** Failures still remembered at `now`. */
function liveFailures(counter: Counter | undefined, now: number): number {
  if (!counter?.lastFailureAt || now - Date.parse(counter.lastFailureAt) >= FORGET_MS) return 0;
  return counter.failures;
}

/**
 * How long the attempt must wait (0: it may go ahead), given the three counters. Pure, so the rules
 * read in one place:
 * - an account at one address: FREE_ATTEMPTS, then a wait of 1, 2, 4, 8, 15, 15… minutes after the last failure;
 * - an account from anywhere: beyond ACCOUNT_LIMIT, addresses that already failed on it wait; a correct
 *   password from an address that has not failed still signs in;
 * - an address across accounts: beyond ADDRESS_LIMIT, it waits, except for accounts that signed in from
 *   it before (a whole office behind one NAT address is not locked out by one guesser).
 */
export function waitMs(counters: { pair?: Counter; user?: Counter; addr?: Counter }, now: number): number {
  const pairFailures = liveFailures(counters.pair, now);
  const waits: number[] = [];
  if (pairFailures >= FREE_ATTEMPTS) {
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (pairFailures - FREE_ATTEMPTS));
    waits.push(Date.parse(counters.pair!.lastFailureAt!) + delay - now);
  }
  if (pairFailures > 0 && liveFailures(counters.user, now) >= ACCOUNT_LIMIT) {
    waits.push(Date.parse(counters.user!.lastFailureAt!) + MAX_DELAY_MS - now);
  }
  const known = !!counters.pair?.lastSuccessAt && now - Date.parse(counters.pair.lastSuccessAt) < KNOWN_PAIR_MS;
  if (!known && liveFailures(counters.addr, now) >= ADDRESS_LIMIT) {
    waits.push(Date.parse(counters.addr!.lastFailureAt!) + MAX_DELAY_MS - now);
  }
  return Math.max(0, ...waits);
}

/**
 * The sign-in throttle (also for the current password of 修改密码). An attempt is counted *before* its
 * password is checked, inside one transaction with the limit check, so forty simultaneous guesses are
 * counted one after another and all but the first few are refused (429). The counters live in the
 * database: several API processes share them (on PostgreSQL the rows are locked for the check).
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('登录');

  constructor(private readonly writeQueue: WriteQueue) {}

  /** Counts the attempt as failed until `succeeded` says otherwise; 429 when it must wait. */
  async admit(username: string, address: string, now = Date.now()): Promise<AdmittedAttempt> {
    const name = username.trim().toLowerCase();
    const keys = { pair: `pair:${name}|${address}`, user: `user:${name}`, addr: `addr:${address}` };
    const at = new Date(now).toISOString();
    const { wait, remaining } = await this.writeQueue.run(async (manager) => {
      const counters = await this.lockCounters(manager, Object.values(keys), at);
      const byKey = { pair: counters.get(keys.pair), user: counters.get(keys.user), addr: counters.get(keys.addr) };
      const wait = waitMs(byKey, now);
      if (wait > 0) return { wait, remaining: 0 };
      for (const key of Object.values(keys)) {
        const failures = liveFailures(counters.get(key), now) + 1;
        await manager.getRepository(LoginThrottleEntity).update({ key }, { failures, lastFailureAt: at, updatedAt: at });
      }
      return { wait: 0, remaining: Math.max(0, FREE_ATTEMPTS - liveFailures(byKey.pair, now) - 1) };
    });
    if (wait > 0) {
      this.logger.warn(`登录受限：用户名「${username}」，来源 ${address}`);
      throw new ThrottledError(`登录失败次数过多，请${Math.ceil(wait / 60_000)}分钟后再试`);
    }
    return { keys, remaining };
  }

  /** The password was right: the pair is cleared and known, and the attempt is taken off the other counts. */
  async succeeded(attempt: AdmittedAttempt, now = Date.now()): Promise<void> {
    const at = new Date(now).toISOString();
    await this.writeQueue.run(async (manager) => {
      const repository = manager.getRepository(LoginThrottleEntity);
      await repository.update({ key: attempt.keys.pair }, { failures: 0, lastSuccessAt: at, updatedAt: at });
      for (const key of [attempt.keys.user, attempt.keys.addr]) {
        await repository
          .createQueryBuilder()
          .update()
          .set({ failures: () => 'CASE WHEN "failures" > 0 THEN "failures" - 1 ELSE 0 END' })
          .where({ key })
          .execute();
      }
      // Counters of names nobody signs in with would pile up; forget the stale ones now and then.
      await repository
        .createQueryBuilder()
        .delete()
        .where('"updatedAt" < :cutoff AND "lastSuccessAt" IS NULL', { cutoff: new Date(now - FORGET_MS).toISOString() })
        .execute();
    });
  }

  /** The password was wrong: the attempt stays counted. */
  failed(username: string, address: string): void {
    this.logger.warn(`登录失败：用户名「${username}」，来源 ${address}`);
  }

  /** The counters of `keys`, created when missing and, on PostgreSQL, locked until the transaction ends. */
  private async lockCounters(manager: EntityManager, keys: string[], at: string): Promise<Map<string, LoginThrottleEntity>> {
    const repository = manager.getRepository(LoginThrottleEntity);
    await repository
      .createQueryBuilder()
      .insert()
      .values(keys.map((key) => ({ key, failures: 0, lastFailureAt: null, lastSuccessAt: null, updatedAt: at })))
      .orIgnore()
      .execute();
    const query = repository
      .createQueryBuilder('c')
      .where('c.key IN (:...keys)', { keys: [...keys].sort() })
      .orderBy('c.key');
    // SQLite has one writer at a time already; PostgreSQL needs the rows held against other processes.
    if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
    const rows = await query.getMany();
    return new Map(rows.map((row) => [row.key, row]));
  }
}
