/**
 * `npm run bench` (part): GET /api/dashboard p50 as the history grows to 500, 5,000 and 50,000 events
 * over the same 100 items, on a throwaway SQLite database; beside it, the previous way of getting the
 * per-column durations (every creation and move read and replayed per request) on the same data.
 * Prints figures only; nothing here passes or fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { averageDaysInColumns, COLUMN_KEYS, type DashboardView } from '@rectify/shared';
import { DataSource, In } from 'typeorm';
import { WriteQueue } from '../database/write-queue.js';
import { appendEvents, type NewItemEvent } from '../history/item-history.js';
import { ItemEventEntity } from '../history/item-event.entity.js';
import { ItemEntity } from '../items/item.entity.js';
import { startSeededApp } from './seeded-app.js';
import { fmt, percentile, timeEach } from './timing.js';

const ITEMS = 100;
const LEVELS = [500, 5_000, 50_000];
const REQUESTS = 40;

const folder = mkdtempSync(join(tmpdir(), 'rectify-dashboard-bench-'));
try {
  const { app, base, authorization } = await startSeededApp(folder, join(folder, 'bench.sqlite'), ITEMS);
  const dataSource = app.get(DataSource);
  const queue = app.get(WriteQueue);
  // Writing 45,000 events takes a while: keep the client's idle connection open meanwhile.
  app.getHttpServer().keepAliveTimeout = 600_000;
  const events = dataSource.getRepository(ItemEventEntity);
  const ids = (await dataSource.getRepository(ItemEntity).find({ select: { id: true } })).map((i) => i.id);
  console.log(`统计分析（GET /api/dashboard）随历史记录增长：${ids.length} 条事项（SQLite）\n`);
  console.log('  历史记录数   p50 (ms)   p95 (ms)   旧做法：逐条重放创建与移动 p50 (ms)');

  let written = await events.count();
  let turn = 0;
  for (const level of LEVELS) {
    // More history on the same cards: a move (alternating 整改中 / 明确时限) or an edit, as a busy office writes it.
    while (written < level) {
      const batch: NewItemEvent[] = [];
      for (let i = 0; i < Math.min(1_000, level - written); i++, turn++) {
        const itemId = ids[turn % ids.length];
        const at = new Date(Date.now() - (level - written - i) * 1_000).toISOString();
        batch.push(
          turn % 2
            ? { itemId, at, kind: 'moved', before: null, after: { status: COLUMN_KEYS[2 + (Math.floor(turn / ids.length) % 2)] } }
            : { itemId, at, kind: 'updated', before: { owner: '甲' }, after: { owner: '乙' } },
        );
      }
      await queue.run((manager) => appendEvents(manager, { id: null, displayName: '基准测试' }, batch));
      written += batch.length;
    }
    for (let i = 0; i < 5; i++) await fetch(`${base}/api/dashboard`, { headers: { authorization } }).then((r) => r.json());
    const times = await timeEach(REQUESTS, async () => {
      const response = await fetch(`${base}/api/dashboard`, { headers: { authorization } });
      const body = (await response.json()) as DashboardView;
      if (!response.ok || body.stays.length !== 5) throw new Error(`统计请求失败：${response.status}`);
    });
    const replay = await timeEach(5, async () => {
      averageDaysInColumns(
        await events.find({
          select: { itemId: true, at: true, kind: true, before: true, after: true },
          where: { kind: In(['created', 'moved']) },
          order: { seq: 'ASC' },
        }),
      );
    });
    console.log(`${String(await events.count()).padStart(12)} ${fmt(percentile(times, 50))} ${fmt(percentile(times, 95))} ${fmt(percentile(replay, 50))}`);
  }
  await app.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
