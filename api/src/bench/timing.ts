/** Timing and figures shared by the benches (they print numbers; nothing here passes or fails). */
import { performance } from 'node:perf_hooks';

/** Runs `run` `times` times in a row and returns each run's duration in ms. */
export async function timeEach(times: number, run: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    durations.push(performance.now() - start);
  }
  return durations;
}

/** The p-th percentile (nearest rank) of the values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A duration in ms, right-aligned for the benches' tables. */
export function fmt(ms: number): string {
  return ms.toFixed(2).padStart(10);
}
