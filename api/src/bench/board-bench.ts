/**
 * `npm run bench`: 5,000 items in a throwaway SQLite database; p50/p95 of GET /api/board and of a
 * move over HTTP, and the same board query run straight on SQLite, with the ratio API / raw; then the
 * board alone at 1,000 and 20,000 items, to show it costs about the same however long the columns.
 * Prints figures only; nothing here passes or fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { COLUMN_KEYS, type Actor, type BoardResponse, type ColumnPage, type ItemView } from '@rectify/shared';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { BoardService } from '../board/board.service.js';
import { CARD_COLUMNS } from '../items/board-cards.js';
import { WarningsJob, type WarningRunSummary } from '../notifications/warnings-job.js';
import { startSeededApp } from './seeded-app.js';
import { fmt, percentile, timeEach } from './timing.js';

const ITEMS = 5_000;
const REQUESTS = 250;

const folder = mkdtempSync(join(tmpdir(), 'rectify-bench-'));
const databasePath = join(folder, 'bench.sqlite');

try {
  const { app, base, authorization } = await startSeededApp(folder, databasePath, ITEMS);
  const dataSource = app.get(DataSource);
  const get = (path: string) => fetch(`${base}${path}`, { headers: { authorization } });
  console.log(`整改看板基准测试：${await dataSource.getRepository('items').count()} 条事项，每项 ${REQUESTS} 次请求（SQLite，${databasePath}）\n`);

  // Warm up the connection, statement caches and JIT before measuring.
  for (let i = 0; i < 20; i++) await get('/api/board').then((r) => r.json());

  let boardBytes = 0;
  let boardCards = 0;
  const boardTimes = await timeEach(REQUESTS, async () => {
    const response = await get('/api/board');
    const text = await response.text();
    const body = JSON.parse(text) as BoardResponse;
    boardBytes = Buffer.byteLength(text);
    boardCards = body.columns.reduce((sum, c) => sum + c.items.length, 0);
    if (!response.ok || body.columns.length !== 5) throw new Error(`看板请求失败：${response.status}`);
  });

  // The same board built in-process (no HTTP, no JSON over the socket, no client in this process parsing it).
  const service = app.get(BoardService);
  const leader: Actor = { id: 'bench', username: 'bench', displayName: '基准测试', role: 'leader', departmentId: null };
  const serviceTimes = await timeEach(REQUESTS, async () => void (await service.board({ limit: 50 }, leader)));

  // Moves: cards in 制定措施 go back to 发现问题 and forward again, each request a real versioned write.
  const movable = ((await (await get(`/api/board/columns/measures?limit=${REQUESTS}`)).json()) as ColumnPage).items;
  let turn = 0;
  const moveTimes = await timeEach(REQUESTS, async () => {
    const card = movable[turn++ % movable.length];
    const to = card.status === 'measures' ? 'found' : 'measures';
    const response = await fetch(`${base}/api/items/${card.id}/move`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ to, version: card.version }),
    });
    if (!response.ok) throw new Error(`移动失败：${response.status} ${await response.text()}`);
    Object.assign(card, (await response.json()) as ItemView);
  });

  // The warnings job (at start, then hourly): its first run lights every open item and notifies;
  // a later run on the same day finds nothing new. Both hold the write queue while they run.
  const job = app.get(WarningsJob);
  const firstRun = await timed(() => job.run());
  const quietRun = await timed(() => job.run());
  await app.close();

  const rawTimes = await rawBoardTimes(databasePath);
  const openItems = jobSummary(firstRun.result);

  const rows = [
    ['GET /api/board（每列50张）', boardTimes],
    ['POST /api/items/:id/move', moveTimes],
    ['同一看板在服务内直接生成（不经 HTTP）', serviceTimes],
    ['同一看板查询直接在 SQLite 上', rawTimes],
  ] as const;
  console.log('   p50 (ms)   p95 (ms)   操作');
  for (const [name, times] of rows) console.log(`${fmt(percentile(times, 50))} ${fmt(percentile(times, 95))}   ${name}`);
  console.log(
    `\n看板 API / 直接查询 比值：p50 ${(percentile(boardTimes, 50) / percentile(rawTimes, 50)).toFixed(1)} 倍，p95 ${(percentile(boardTimes, 95) / percentile(rawTimes, 95)).toFixed(1)} 倍`,
  );
  console.log(
    `服务内生成 / 直接查询 比值：p50 ${(percentile(serviceTimes, 50) / percentile(rawTimes, 50)).toFixed(1)} 倍（其余为 HTTP、序列化和本进程内客户端解析应答的开销）`,
  );
  console.log(`预警任务：首次运行 ${firstRun.ms.toFixed(0)} ms（${openItems}）；同日再次运行 ${quietRun.ms.toFixed(0)} ms（${jobSummary(quietRun.result)}）`);
  console.log(`看板应答：${(boardBytes / 1024).toFixed(1)} KB，${boardCards} 张卡片，平均每张 ${(boardBytes / boardCards).toFixed(0)} 字节`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

// The board alone at other sizes: with the sort indexes and keyset pages its cost should not grow with the item count.
console.log('\n看板随事项数的变化：');
console.log('   事项数   GET /api/board p50 (ms)   p95 (ms)   直接查询 p50 (ms)   比值');
const bySize: Array<[number, number]> = [];
for (const size of [1_000, 5_000, 20_000]) {
  const sized = mkdtempSync(join(tmpdir(), 'rectify-bench-'));
  try {
    const path = join(sized, 'bench.sqlite');
    const { app, base, authorization } = await startSeededApp(sized, path, size);
    const get = () => fetch(`${base}/api/board`, { headers: { authorization } }).then((r) => r.json());
    for (let i = 0; i < 20; i++) await get();
    const times = await timeEach(REQUESTS, async () => void (await get()));
    // What any signed-in request costs here (HTTP, Nest, the session check), for reading the ratio.
    const floor = await timeEach(REQUESTS, async () => void (await fetch(`${base}/api/auth/me`, { headers: { authorization } }).then((r) => r.json())));
    await app.close();
    const raw = await rawBoardTimes(path);
    bySize.push([size, percentile(times, 50)]);
    console.log(
      `${String(size).padStart(9)} ${fmt(percentile(times, 50)).padStart(24)} ${fmt(percentile(times, 95))} ${fmt(percentile(raw, 50)).padStart(19)}   ${(percentile(times, 50) / percentile(raw, 50)).toFixed(1)} 倍` +
        `（同条件下 GET /api/auth/me p50 ${percentile(floor, 50).toFixed(2)} ms）`,
    );
  } finally {
    rmSync(sized, { recursive: true, force: true });
  }
}
console.log(`20000 条 / 1000 条 的看板 p50：${(bySize[2][1] / bySize[0][1]).toFixed(2)} 倍`);

/**
 * The floor: the board's own SQL straight on SQLite (counts per column, department names, the first
 * 50 cards of each column in the column's order, the same columns), without HTTP, mapping or JSON.
 */
async function rawBoardTimes(path: string): Promise<number[]> {
  const raw = new Database(path, { readonly: true });
  const columns = CARD_COLUMNS.map((c) => `"${c}"`).join(', ');
  const count = raw.prepare('SELECT status, COUNT(*) AS total FROM items GROUP BY status');
  const page = raw.prepare(`SELECT ${columns} FROM items WHERE status = ? ORDER BY ("dueDate" IS NULL), "dueDate", code LIMIT 51`);
  const closedPage = raw.prepare(`SELECT ${columns} FROM items WHERE status = ? ORDER BY ("signoff" <> 'pending'), "updatedAt" DESC, code LIMIT 51`);
  const departments = raw.prepare('SELECT id, name FROM departments');
  const times = await timeEach(REQUESTS, async () => {
    count.all();
    departments.all();
    for (const key of COLUMN_KEYS) (key === 'closed' ? closedPage : page).all(key);
  });
  raw.close();
  return times;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

function jobSummary(run: WarningRunSummary): string {
  return `检查 ${run.checked} 条，${run.changed} 条变灯，${run.notifications} 条提醒`;
}
