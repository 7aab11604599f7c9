/**
 * `node dist/bench/report-bench.js`: the "存在的问题及原因" section composed from 2,000 closed items
 * (the demo items, cycled, all closed) — p50/p95 of composeProblemsAndCauses, of the plain text, of
 * the .docx build, and of the three together, over RUNS runs. In memory, no database or HTTP: the
 * composer's and the document builder's own cost. Prints figures only; nothing here passes or fails.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { composeProblemsAndCauses, NEW_ITEM_LIFECYCLE, renderProblemsAndCausesText, type ItemView } from '@rectify/shared';
import { DEMO_DEPARTMENTS, DEMO_ITEMS, DEMO_UNIT } from '../demo/demo-content.js';
import { buildReportDocx } from '../reports/report-docx.js';
import { fmt, percentile } from './timing.js';

const ITEMS = 2_000;
const RUNS = 50;
const WARM_UP = 5;

const departmentIds = new Map(DEMO_DEPARTMENTS.map((d) => [d.name, randomUUID()]));
const now = Date.now();
const day = 86_400_000;

// Every demo item, closed, with its own wording; the cause analyses come from the demo's closed items.
const items: ItemView[] = Array.from({ length: ITEMS }, (_, i) => {
  const demo = DEMO_ITEMS[i % DEMO_ITEMS.length];
  const closedAt = new Date(now - (i % 300) * day).toISOString();
  return {
    id: randomUUID(),
    code: `2026-BN-${String(i + 1).padStart(4, '0')}`,
    title: demo.title,
    description: demo.description,
    source: demo.source,
    batch: demo.batch,
    scope: demo.scope,
    person: demo.person ?? null,
    category: demo.category,
    rectifyType: demo.rectifyType ?? 'time_limited',
    measures: (demo.measures ?? ['逐项对照整改']).map((content) => ({ content, done: true })),
    leader: demo.leader ?? null,
    leaderUserId: null,
    departmentId: demo.department ? departmentIds.get(demo.department)! : null,
    coDepartmentIds: (demo.coDepartments ?? []).map((name) => departmentIds.get(name)!),
    owner: demo.owner ?? null,
    ownerUserId: null,
    deadline: null,
    stageGoal: demo.stageGoal ?? null,
    nextReviewDate: null,
    completion: demo.completion ?? '已整改到位',
    causeAnalysis: demo.causeAnalysis ?? null,
    causeTags: demo.causeTags ?? [],
    remarks: null,
    ...NEW_ITEM_LIFECYCLE,
    signoff: 'approved',
    evidenceCount: 1,
    status: 'closed',
    version: 2,
    createdAt: new Date(now - ((i % 300) + 30) * day).toISOString(),
    updatedAt: closedAt,
    closedAt,
    departmentName: demo.department ?? null,
    coDepartmentNames: demo.coDepartments ?? [],
    warning: { level: 'none', dueDate: null, daysLeft: null, label: '已销号' },
  };
});

const compose = () => composeProblemsAndCauses({ items, unitName: DEMO_UNIT });

for (let i = 0; i < WARM_UP; i++) await buildReportDocx({ text: renderProblemsAndCausesText(compose()) });

const times = { compose: [] as number[], text: [] as number[], docx: [] as number[], total: [] as number[] };
let text = '';
let bytes = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const document = compose();
  const t1 = performance.now();
  text = renderProblemsAndCausesText(document);
  const t2 = performance.now();
  bytes = (await buildReportDocx({ text })).length;
  const t3 = performance.now();
  times.compose.push(t1 - t0);
  times.text.push(t2 - t1);
  times.docx.push(t3 - t2);
  times.total.push(t3 - t0);
}

const document = compose();
console.log(
  `“存在的问题及原因”基准测试：${ITEMS} 条已销号事项（演示事项循环），${RUNS} 次；` +
    `成稿 ${document.problems.length} 个类别、${document.causes.length} 条原因，正文 ${text.length} 字，.docx ${(bytes / 1024).toFixed(1)} KB\n`,
);
console.log('   p50 (ms)   p95 (ms)   步骤');
const rows = [
  ['composeProblemsAndCauses', times.compose],
  ['renderProblemsAndCausesText', times.text],
  ['buildReportDocx（.docx 打包）', times.docx],
  ['合计', times.total],
] as const;
for (const [name, values] of rows) console.log(`${fmt(percentile(values, 50))} ${fmt(percentile(values, 95))}   ${name}`);
