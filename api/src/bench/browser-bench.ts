/**
 * `npm run bench`, the browser part: the built board in headless Chromium (Debian's, as the e2e tests
 * use) against the real API on 1,000 and 5,000 items. For each: a cold load after sign-in (no cache) —
 * time until every column shows its cards, bytes transferred (and what they weigh gzipped), the longest
 * main-thread task — then frames per second while a card is dragged across two columns and while the
 * longest column is scrolled. Prints figures only; nothing here passes or fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BoardResponse } from '@rectify/shared';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSeededApp } from './seeded-app.js';

const webDist = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'dist');
const SIZES = (process.env.BROWSER_BENCH_SIZES ?? '1000,5000').split(',').map(Number);

if (!existsSync(join(webDist, 'index.html'))) {
  console.log(`\n浏览器基准：跳过（未找到构建好的前端 ${webDist}，请先 npx nx run web:build）`);
  process.exit(0);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

console.log('\n浏览器基准（无头 Chromium，1440×900，冷启动：无缓存，已登录）');
try {
  for (const size of SIZES) await benchAt(browser, size);
} finally {
  await browser.close();
}

async function benchAt(browser: Browser, size: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'rectify-browser-bench-'));
  const { app, base, credentials } = await startSeededApp(folder, join(folder, 'bench.sqlite'), size, webDist);
  try {
    const columns = ((await (await fetch(`${base}/api/board?limit=1`, { headers: await bearer(base, credentials) })).json()) as BoardResponse).columns;
    const longest = [...columns].sort((a, b) => b.total - a.total)[0];

    // Three cold loads; the middle one (by time to a usable board) is reported.
    const loads: Load[] = [];
    for (let i = 0; i < 3; i++) loads.push(await coldLoad(browser, base, credentials));
    loads.sort((a, b) => a.usableMs - b.usableMs);
    const load = loads[1];

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true });
    await context.request.post(`${base}/api/auth/login`, { data: credentials });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await waitUsable(page);
    await page.waitForTimeout(500);
    const dragFps = await dragAcrossTwoColumns(page);
    const scroll = await scrollColumn(page, longest.key);
    await context.close();

    console.log(`\n${size} 条事项（最长的一列「${longest.title}」${longest.total} 张）`);
    console.log(`  看板可用：${load.usableMs.toFixed(0)} ms（三次冷启动的中位数；各次 ${loads.map((l) => l.usableMs.toFixed(0)).join(' / ')} ms）`);
    console.log(
      `    其中：脚本全部到达 ${load.scriptsAt.toFixed(0)} ms，GET /api/auth/me 应答 ${load.sessionAt.toFixed(0)} ms，GET /api/board 应答 ${load.boardAt.toFixed(0)} ms`,
    );
    console.log(
      `  首次加载传输：${kb(load.transferred)}（未压缩内容 ${kb(load.decoded)}，其中脚本与样式 ${kb(load.assets)}，gzip 后约 ${kb(load.assetsGzipped)}；${load.requests} 个请求，看板可用后另有 ${load.later} 个）`,
    );
    console.log(`  最长任务：${load.longestTaskMs.toFixed(0)} ms（加载到可用后 1 秒内，共 ${load.longTasks} 个超过 50 ms 的任务）`);
    console.log(`  拖动卡片跨两列：${dragFps.toFixed(0)} 帧/秒`);
    console.log(
      `  滚动「${longest.title}」列：${scroll.fps.toFixed(0)} 帧/秒（${scroll.seconds.toFixed(1)} 秒内滚到第 ${scroll.reached} 张，页面中同时最多 ${scroll.maxInDom} 张卡片）`,
    );
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

interface Load {
  usableMs: number;
  transferred: number;
  decoded: number;
  assets: number;
  assetsGzipped: number;
  requests: number;
  /** Requests after the board was usable (badges, 台账 buttons, the 补充信息 form's code). */
  later: number;
  scriptsAt: number;
  sessionAt: number;
  boardAt: number;
  longestTaskMs: number;
  longTasks: number;
}

/** A fresh context (empty cache, the session cookie set), the board opened and timed from navigation start. */
async function coldLoad(browser: Browser, base: string, credentials: { username: string; password: string }): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true });
  await context.request.post(`${base}/api/auth/login`, { data: credentials });
  // Browser-side code is given as text (this project's TypeScript knows Node, not the DOM), hence bypassCSP.
  await context.addInitScript(`
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  `);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  const usableMs = await waitUsable(page);
  await page.waitForTimeout(1000);
  const figures = (await page.evaluate(`(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return {
      entries: entries.map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, transfer: e.transferSize, decoded: e.decodedBodySize })),
      longTasks: window.__longTasks,
    };
  })()`)) as { entries: Array<{ name: string; start: number; end: number; transfer: number; decoded: number }>; longTasks: number[] };
  await context.close();
  // The first load: what was asked for before the board was usable (the badges, the 台账 buttons and
  // the 补充信息 form come after it). What its scripts and styles weigh gzipped, as a compressing server sends them.
  const first = figures.entries.filter((e) => e.start <= usableMs);
  if (process.env.BROWSER_BENCH_DEBUG) for (const e of figures.entries) console.log(e.start.toFixed(0), e.end.toFixed(0), e.decoded, new URL(e.name).pathname);
  const assets = first.filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname));
  const ended = (pattern: RegExp) => Math.max(0, ...first.filter((e) => pattern.test(new URL(e.name).pathname)).map((e) => e.end));
  let assetsGzipped = 0;
  for (const asset of assets) assetsGzipped += gzipSync(Buffer.from(await (await fetch(asset.name)).arrayBuffer())).length;
  return {
    usableMs,
    transferred: first.reduce((sum, e) => sum + e.transfer, 0),
    decoded: first.reduce((sum, e) => sum + e.decoded, 0),
    assets: assets.reduce((sum, e) => sum + e.decoded, 0),
    assetsGzipped,
    requests: first.length,
    later: figures.entries.length - first.length,
    scriptsAt: ended(/\.js$/),
    sessionAt: ended(/^\/api\/auth\/me$/),
    boardAt: ended(/^\/api\/board$/),
    longestTaskMs: Math.max(0, ...figures.longTasks),
    longTasks: figures.longTasks.length,
  };
}

/** Usable: every column shows its count and, if it has cards, its first cards. Returns ms since navigation start. */
async function waitUsable(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    `(() => {
      const columns = [...document.querySelectorAll('[data-testid^="column-count-"]')];
      if (columns.length !== 5) return false;
      const ready = columns.every((count) => {
        const total = Number(count.textContent);
        if (Number.isNaN(total)) return false;
        return total === 0 || !!count.closest('section')?.querySelector('.board-card');
      });
      return ready ? performance.now() : false;
    })()`,
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Frames painted while `work` runs (requestAnimationFrame counts), per second. */
async function framesDuring(page: Page, work: () => Promise<void>): Promise<{ fps: number; seconds: number }> {
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => {
      if (!window.__counting) return;
      window.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const start = Date.now();
  await work();
  const seconds = (Date.now() - start) / 1000;
  const frames = (await page.evaluate('(() => { window.__counting = false; return window.__frames; })()')) as number;
  return { fps: frames / seconds, seconds };
}

/** Picks up the first card of 发现问题, carries it over 制定措施 to 明确时限 and back, and lets go where it started. */
async function dragAcrossTwoColumns(page: Page): Promise<number> {
  const card = page.locator('[data-testid="column-found"] .board-card').first();
  const from = (await card.boundingBox())!;
  const target = (await page.getByTestId('column-deadline').boundingBox())!;
  const x0 = from.x + from.width / 2;
  const y0 = from.y + from.height / 2;
  const x1 = target.x + target.width / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 12, y0 + 4, { steps: 3 });
  const { fps } = await framesDuring(page, async () => {
    // 60 moves a way, each a separate pointer event as a hand makes them.
    for (let i = 1; i <= 60; i++) await page.mouse.move(x0 + ((x1 - x0) * i) / 60, y0 + 40 * Math.sin(i / 10));
    for (let i = 59; i >= 0; i--) await page.mouse.move(x0 + ((x1 - x0) * i) / 60, y0);
  });
  await page.mouse.up();
  await page.waitForTimeout(300);
  return fps;
}

/** Scrolls a column with the mouse wheel for about three seconds, the next pages loading on the way. */
async function scrollColumn(page: Page, key: string): Promise<{ fps: number; seconds: number; reached: number; maxInDom: number }> {
  const body = page.getByTestId(`column-scroll-${key}`);
  const box = (await body.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let maxInDom = 0;
  const { fps, seconds } = await framesDuring(page, async () => {
    const end = Date.now() + 3000;
    while (Date.now() < end) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(16);
      maxInDom = Math.max(maxInDom, await page.locator(`[data-testid="column-${key}"] .board-card`).count());
    }
  });
  const reached = (await page.evaluate(
    `Math.max(0, ...[...document.querySelectorAll('[data-testid="column-${key}"] [data-index]')].map((e) => Number(e.getAttribute('data-index')) + 1))`,
  )) as number;
  return { fps, seconds, reached, maxInDom };
}

async function bearer(base: string, credentials: { username: string; password: string }): Promise<Record<string, string>> {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  return { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
