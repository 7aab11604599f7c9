import { Injectable, Logger } from '@nestjs/common';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;

/**
 * Counts failed sign-ins per account and per address; after five failures within fifteen minutes,
 * further attempts are refused (429) until the window passes. Every failure is logged.
 * Kept in memory: one process serves the office, and a restart only gives back a few tries.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('登录');
  private readonly failures = new Map<string, number[]>();

  /** Minutes to wait, or 0 when an attempt may go ahead. */
  minutesToWait(username: string, address: string, now = Date.now()): number {
    const oldest = [this.recent(`user:${username.toLowerCase()}`, now), this.recent(`addr:${address}`, now)]
      .filter((times) => times.length >= MAX_FAILURES)
      .map((times) => times[times.length - MAX_FAILURES]);
    if (!oldest.length) return 0;
    return Math.ceil((Math.max(...oldest) + WINDOW_MS - now) / 60_000);
  }

  recordFailure(username: string, address: string, now = Date.now()): void {
    for (const key of [`user:${username.toLowerCase()}`, `addr:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
    this.logger.warn(`登录失败：用户名「${username}」，来源 ${address}`);
  }

  recordSuccess(username: string): void {
    this.failures.delete(`user:${username.toLowerCase()}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  }
}
