/**
 * `npm run bench` (part): the board as of a past day (GET /api/board?asOf=…, rebuilt from the
 * history) against the live board, at 5,000 items and 50,000 history events, on a throwaway SQLite
 * database. Three as-of figures: the first request (reads and checks the whole chain), a day already
 * replayed against the same chain head (kept), and a different day each request (not kept: each item
 * is replayed from the nearest state kept for it). Prints figures only; nothing here passes or fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { officeToday, type BoardResponse } from '@rectify/shared';
import { addDays, format } from 'date-fns';
import { DataSource } from 'typeorm';
import { WriteQueue } from '../database/write-queue.js';
import { appendEvents, type NewItemEvent } from '../history/item-history.js';
import { ItemEventEntity } from '../history/item-event.entity.js';
import { ItemEntity } from '../items/item.entity.js';
import { startSeededApp } from './seeded-app.js';
import { fmt, percentile, timeEach } from './timing.js';

const ITEMS = 5_000;
const EVENTS = 50_000;
const REQUESTS = 60;

const folder = mkdtempSync(join(tmpdir(), 'rectify-as-of-bench-'));
try {
  const { app, base, authorization } = await startSeededApp(folder, join(folder, 'bench.sqlite'), ITEMS);
  app.getHttpServer().keepAliveTimeout = 600_000;
  const dataSource = app.get(DataSource);
  const queue = app.get(WriteQueue);
  const events = dataSource.getRepository(ItemEventEntity);
  const ids = (await dataSource.getRepository(ItemEntity).find({ select: { id: true } })).map((i) => i.id);
  // Top the history up to 50,000 events over the last 60 days: 整改进展 entries (the cards stay as they are).
  let written = await events.count();
  let turn = 0;
  const span = 60 * 86_400_000;
  const from = Date.now() - span;
  while (written < EVENTS) {
    const batch: NewItemEvent[] = [];
    for (let i = 0; i < Math.min(1_000, EVENTS - written); i++, turn++) {
      const at = new Date(from + Math.floor((turn / EVENTS) * span)).toISOString();
      batch.push({
        itemId: ids[turn % ids.length],
        at,
        kind: 'progress_added',
        before: null,
        after: { progressId: `bench-${turn}`, date: at.slice(0, 10), text: '按计划推进', round: 1 },
      });
    }
    await queue.run((manager) => appendEvents(manager, { id: null, displayName: '基准测试' }, batch));
    written += batch.length;
  }
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { authorization } });
    const body = (await response.json()) as BoardResponse;
    if (!response.ok || body.columns?.length !== 5) throw new Error(`看板请求失败：${response.status} ${JSON.stringify(body)}`);
  };
  const today = officeToday(new Date());
  const day = (back: number) => format(addDays(new Date(`${today}T00:00:00`), -back), 'yyyy-MM-dd');
  console.log(`历史状态看板（GET /api/board?asOf=…）：${ids.length} 条事项，${await events.count()} 条历史记录（SQLite）\n`);

  const first = await timed(() => get(`/api/board?asOf=${day(1)}`));
  for (let i = 0; i < 10; i++) await get('/api/board');
  const live = await timeEach(REQUESTS, () => get('/api/board'));
  const kept = await timeEach(REQUESTS, () => get(`/api/board?asOf=${day(1)}`));
  // 40 different days in turn, more than are kept: every request replays, each item from the nearest state kept for it.
  let back = 0;
  const replayed = await timeEach(REQUESTS, () => get(`/api/board?asOf=${day(2 + (back++ % 40))}`));
  await app.close();

  console.log('   p50 (ms)   p95 (ms)   请求');
  console.log(`${fmt(percentile(live, 50))} ${fmt(percentile(live, 95))}   GET /api/board（当前看板）`);
  console.log(`${fmt(percentile(kept, 50))} ${fmt(percentile(kept, 95))}   GET /api/board?asOf=昨天（同一历史末端已重放过的日期）`);
  console.log(`${fmt(percentile(replayed, 50))} ${fmt(percentile(replayed, 95))}   GET /api/board?asOf=每次不同的日期（未缓存，逐项从最近的已重放状态续放）`);
  console.log(`首次历史状态请求（读取并校验整条记录链，再重放）：${first.toFixed(0)} ms`);
  console.log(
    `历史状态 / 当前看板 p50：已重放日期 ${(percentile(kept, 50) / percentile(live, 50)).toFixed(2)} 倍；每次不同日期 ${(percentile(replayed, 50) / percentile(live, 50)).toFixed(2)} 倍（目标 ≤ 2 倍）`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

async function timed(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}
