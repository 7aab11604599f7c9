/**
 * 台账 benchmark: 5,000 items in a throwaway SQLite database; over HTTP, the export of all of them
 * (p50 of several runs), the import of that file (dry run: all unchanged), the import of the same
 * file with every open row edited (dry run, then real: one update per open item), and the import of 5,000 new rows
 * (dry run, then real: 5,000 creates); an office's own messy 台账 of 5,000 rows (first answer with the
 * mapping proposal, dry run and import with every suggestion accepted), and GET /api/board by another
 * user alone and while that import runs (p50/p95). Prints figures only; nothing here passes or fails.
 * Run: node api/dist/bench/ledger-bench.js (after building the api).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LedgerImportResult, LedgerMapping } from '@rectify/shared';
import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { hashPassword } from '../users/password-hasher.js';
import { UserEntity } from '../users/user.entity.js';
import { messyLedgerXlsx } from './messy-ledger.js';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { DEMO_DEPARTMENTS, DEMO_ITEMS } from '../demo/demo-content.js';
import { startSeededApp } from './seeded-app.js';
import { percentile } from './timing.js';

const ITEMS = 5_000;
const EXPORT_RUNS = 7;
const DRY_RUNS = 3;

const folder = mkdtempSync(join(tmpdir(), 'rectify-ledger-bench-'));
const databasePath = join(folder, 'bench.sqlite');

try {
  const { app, base, authorization } = await startSeededApp(folder, databasePath, ITEMS);
  const items = () => app.get(DataSource).getRepository('items').count();
  console.log(`整改台账基准测试：${await items()} 条事项（SQLite，${databasePath}）\n`);

  const exportOnce = async (): Promise<Buffer> => {
    const response = await fetch(`${base}/api/ledger/export`, { headers: { authorization } });
    if (!response.ok) throw new Error(`导出失败：${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const importOnce = async (file: Buffer, dryRun: boolean, mapping?: LedgerMapping, allow422 = false): Promise<LedgerImportResult> => {
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    if (mapping) form.append('mapping', JSON.stringify(mapping));
    form.append('file', new Blob([new Uint8Array(file)]), '整改台账.xlsx');
    const send = () => fetch(`${base}/api/ledger/import`, { method: 'POST', headers: { authorization }, body: form });
    // A kept-alive socket the server has just closed fails the write (EPIPE): send once more on a new one.
    const response = await send().catch((error: unknown) => {
      console.warn(`（重发一次：${error instanceof Error ? String(error.cause ?? error.message) : String(error)}）`);
      return send();
    });
    const body = (await response.json()) as LedgerImportResult;
    if (!response.ok && !(allow422 && response.status === 422)) throw new Error(`导入失败：${response.status} ${JSON.stringify(body).slice(0, 500)}`);
    return body;
  };
  const summary = (r: LedgerImportResult) => `新增${r.created.length}、更新${r.updated.length}、无变化${r.unchanged}`;

  await exportOnce(); // warm-up
  const exportTimes: number[] = [];
  let exported: Buffer = Buffer.alloc(0);
  for (let i = 0; i < EXPORT_RUNS; i++) exportTimes.push(await timed(async () => (exported = await exportOnce())));

  const rows: Array<[string, string, number]> = [];
  rows.push([`GET /api/ledger/export（${ITEMS}行，${mb(exported)}，${EXPORT_RUNS}次中位数）`, '', percentile(exportTimes, 50)]);

  let result!: LedgerImportResult;
  const unchangedTimes: number[] = [];
  for (let i = 0; i < DRY_RUNS; i++) unchangedTimes.push(await timed(async () => (result = await importOnce(exported, true))));
  rows.push([`导入预检：导出的原文件（${DRY_RUNS}次中位数）`, summary(result), percentile(unchangedTimes, 50)]);

  const edited = await editEveryRow(exported);
  const editedDry: number[] = [];
  for (let i = 0; i < DRY_RUNS; i++) editedDry.push(await timed(async () => (result = await importOnce(edited, true))));
  rows.push([`导入预检：未销号的行都改了备注（${mb(edited)}，${DRY_RUNS}次中位数）`, summary(result), percentile(editedDry, 50)]);
  rows.push(['正式导入：未销号的行都改了备注（一个事务）', '', await timed(async () => (result = await importOnce(edited, false)))]);
  rows[rows.length - 1][1] = summary(result);

  const fresh = await newRows(ITEMS);
  const freshDry: number[] = [];
  for (let i = 0; i < DRY_RUNS; i++) freshDry.push(await timed(async () => (result = await importOnce(fresh, true))));
  rows.push([`导入预检：${ITEMS}条新问题（${mb(fresh)}，${DRY_RUNS}次中位数）`, summary(result), percentile(freshDry, 50)]);
  rows.push([`正式导入：${ITEMS}条新问题（一个事务）`, '', await timed(async () => (result = await importOnce(fresh, false)))]);
  rows[rows.length - 1][1] = summary(result);
  // An office's own 台账 (messy-ledger.ts): first answer (matched by name: refused, with the proposal),
  // the dry run with every suggestion accepted, the import.
  const messy = await messyLedgerXlsx(ITEMS);
  let proposal!: LedgerImportResult;
  rows.push([
    `单位自己的台账 ${ITEMS} 行（${mb(messy)}）：首次预检，给出对应建议`,
    '',
    await timed(async () => (proposal = await importOnce(messy, true, undefined, true))),
  ]);
  rows[rows.length - 1][1] = `${proposal.mapping!.columns.length}列、${Object.values(proposal.mapping!.values).flat().length}个待对应的值`;
  const messyDry: number[] = [];
  for (let i = 0; i < DRY_RUNS; i++) messyDry.push(await timed(async () => (result = await importOnce(messy, true, proposal.mapping))));
  rows.push([`单位自己的台账：按建议对应后预检（${DRY_RUNS}次中位数）`, summary(result), percentile(messyDry, 50)]);

  // GET /api/board by another user (纪检), alone and while a 5,000-row import of the messy 台账 runs.
  const inspector = await signInAs(app, base, 'inspector');
  let resent = 0;
  const boardOnce = async () => {
    const send = () => fetch(`${base}/api/board`, { headers: { authorization: inspector } });
    // As above: a kept-alive socket closed by the server under load; the time of both tries counts.
    const response = await send().catch(() => (resent++, send()));
    if (!response.ok) throw new Error(`看板失败：${response.status}`);
    await response.arrayBuffer();
  };
  await boardOnce();
  const alone: number[] = [];
  for (let i = 0; i < 30; i++) alone.push(await timed(boardOnce));
  const during: number[] = [];
  let importing = true;
  const started = performance.now();
  const running = importOnce(messy, false, proposal.mapping).finally(() => (importing = false));
  while (importing) during.push(await timed(boardOnce));
  result = await running;
  const importMs = performance.now() - started;
  rows.push([`单位自己的台账：按建议对应后正式导入（一个事务，同时纪检刷新看板）`, summary(result), importMs]);
  rows.push([`GET /api/board（纪检，单独 30 次）p50 / p95`, `p95 ${percentile(alone, 95).toFixed(0)} ms`, percentile(alone, 50)]);
  rows.push([
    `GET /api/board（纪检，导入${ITEMS}行期间 ${during.length} 次）p50 / p95`,
    `p95 ${percentile(during, 95).toFixed(0)} ms，最慢 ${Math.max(...during).toFixed(0)} ms${resent ? `，${resent}次连接被重置后重发` : ''}`,
    percentile(during, 50),
  ]);

  const after = await items();
  await app.close();

  console.log('    耗时 (ms)   操作 → 结果');
  for (const [name, outcome, ms] of rows) console.log(`${ms.toFixed(0).padStart(12)}   ${name}${outcome ? ` → ${outcome}` : ''}`);
  console.log(
    `\n导出 ${EXPORT_RUNS} 次：最快 ${Math.min(...exportTimes).toFixed(0)} ms，最慢 ${Math.max(...exportTimes).toFixed(0)} ms；导入后共 ${after} 条事项`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** The exported file with 备注 changed in every row not yet closed (closed items are not edited). */
async function editEveryRow(file: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  // The header sits below the title rows (the first row naming 编号).
  const headerRow = [1, 2, 3, 4, 5].find((r) => (sheet.getRow(r).values as unknown[]).includes('编号')) ?? 1;
  const header = sheet.getRow(headerRow).values as unknown[];
  const remarks = header.indexOf('备注');
  const closed = header.indexOf('是否销号');
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(closed).value === '否') row.getCell(remarks).value = `基准测试修改（${r - headerRow}）`;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A 问题清单 of new problems, as an office would bring one in: no 编号, the usual columns. */
async function newRows(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题清单');
  sheet.addRow(['问题描述', '问题来源', '问题类别', '整改措施', '责任部门', '责任领导', '整改时限', '责任人']);
  const departments = DEMO_DEPARTMENTS.filter((d) => d.parent).map((d) => d.name);
  for (let i = 0; i < count; i++) {
    const demo = DEMO_ITEMS[i % DEMO_ITEMS.length];
    sheet.addRow([
      `${demo.description}（新${i + 1}）`,
      demo.source,
      demo.category,
      (demo.measures ?? ['制定整改方案']).map((m, n) => `${n + 1}. ${m}`).join('\n'),
      departments[i % departments.length],
      demo.leader ?? '李卫东',
      new Date(Date.UTC(2027, i % 12, 1 + (i % 28))),
      demo.owner ?? '王蕾',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A second account of `role`, signed in: the board as another user sees it. */
async function signInAs(app: NestExpressApplication, base: string, role: 'inspector'): Promise<string> {
  await app
    .get(DataSource)
    .getRepository(UserEntity)
    .insert({
      id: randomUUID(),
      username: `bench-${role}`,
      displayName: '基准测试纪检',
      role,
      departmentId: null,
      passwordHash: await hashPassword('bench-password'),
      disabled: false,
      createdAt: new Date().toISOString(),
    });
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: `bench-${role}`, password: 'bench-password' }),
  });
  return `Bearer ${((await login.json()) as { token: string }).token}`;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function mb(file: Buffer): string {
  return `${(file.length / 1024 / 1024).toFixed(2)} MB`;
}
