/**
 * Two built API processes on one fresh PostgreSQL schema, the way a larger office runs it behind nginx:
 * concurrent creates, moves and PATCHes go to both. Nothing may answer 5xx, no acknowledged write may
 * be lost, 编号 stay unique, the history stays one hash chain, and background jobs run once per cycle.
 * `npm run test:multiprocess -w api` (after a build; `.ci/run` runs it after `npm test`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashPassword } from '../src/users/password-hasher.js';
import { addAccounts, call, freshSchema, startApiProcess, type ApiProcess, type ClusterUser } from '../src/bench/api-cluster.js';

const DATABASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'multi-process-1';
/** The warnings job's interval in these processes: 3 seconds, so several cycles pass during the test. */
const WARNING_JOB_MINUTES = '0.05';

let schema: Awaited<ReturnType<typeof freshSchema>>;
const processes: ApiProcess[] = [];
let tokens: Record<ClusterUser, string[]>;
let departmentId: string;

/** Every 5xx answer, for the "no 5xx" checks. */
const serverErrors: string[] = [];
/** One call, to process `i % 2`. */
async function api(i: number, method: string, path: string, user: ClusterUser, body?: unknown) {
  const p = i % processes.length;
  const result = await call(processes[p].baseUrl, method, path, tokens[user][p], body);
  if (result.status >= 500) serverErrors.push(`${method} ${path.replace(/[0-9a-f-]{36}/, ':id')} → ${result.status} (${processes[p].name})`);
  return result;
}

beforeAll(async () => {
  schema = await freshSchema(DATABASE);
  const env = { DATABASE_URL: schema.url, WARNING_JOB_MINUTES };
  // Both start at once on the empty schema: one applies the migrations, the other waits for it.
  processes.push(...(await Promise.all([startApiProcess('A', env), startApiProcess('B', env)])));

  ({ departmentId, tokens } = await addAccounts(schema, processes, await hashPassword(PASSWORD), PASSWORD));
}, 90_000);

afterAll(async () => {
  for (const p of processes) await p.stop();
  await schema?.drop();
});

/** Runs `workers` loops at once, each calling `step(worker, n)` `rounds` times. */
async function concurrently(workers: number, rounds: number, step: (worker: number, n: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let n = 0; n < rounds; n++) await step(w, n);
    }),
  );
}

describe('two API processes on one PostgreSQL', () => {
  const items: Array<{ id: string; code: string }> = [];
  /** Per item, every version a write was acknowledged with. */
  const acknowledged = new Map<string, number[]>();

  it('creates items through both at once: every request answered, every 编号 unique', async () => {
    await concurrently(8, 25, async (w, n) => {
      const created = await api(w + n, 'POST', '/api/items', 'leader', {
        title: `并发登记 ${w}-${n}`,
        description: '两个接口进程同时登记问题。',
        source: '巡察反馈',
        batch: '市委第三巡察组反馈意见',
        scope: 'team',
        category: '组织建设',
        measures: [{ content: '建立台账' }],
        departmentId,
        leader: '李卫东',
      });
      if (created.status === 201) items.push({ id: created.body.id, code: created.body.code });
      else if (created.status < 500) throw new Error(`登记失败 ${created.status}: ${JSON.stringify(created.body)}`);
    });
    expect(serverErrors).toEqual([]);
    expect(items).toHaveLength(200);
    expect(new Set(items.map((i) => i.code)).size).toBe(200);
  });

  it('PATCHes and moves the same items through both at once: no 5xx, no acknowledged write lost', async () => {
    await concurrently(16, 20, async (w, n) => {
      const item = items[(w * 7 + n * 13) % 40];
      const read = await api(w + n + 1, 'GET', `/api/items/${item.id}`, 'leader');
      const write =
        n % 3 === 2
          ? await api(w + n, 'POST', `/api/items/${item.id}/move`, 'leader', {
              to: read.body.status === 'found' ? 'measures' : 'found',
              version: read.body.version,
            })
          : await api(w + n, 'PATCH', `/api/items/${item.id}`, 'leader', { version: read.body.version, owner: `责任人${w}-${n}` });
      if (write.status === 200) acknowledged.set(item.id, [...(acknowledged.get(item.id) ?? []), write.body.version]);
      else expect(write.status).toBe(409);
    });
    expect(serverErrors).toEqual([]);
    for (const [id, versions] of acknowledged) {
      const current = (await api(0, 'GET', `/api/items/${id}`, 'leader')).body;
      // Versions 2…current, each acknowledged exactly once: nothing overwritten unseen.
      expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: current.version - 1 }, (_, i) => i + 2));
    }
  });

  it('keeps one hash chain that verifies, whichever process wrote', async () => {
    for (let p = 0; p < processes.length; p++) {
      const verify = await api(p, 'GET', '/api/audit/verify', 'admin');
      expect(verify.body).toMatchObject({ ok: true });
      const [{ count }] = await schema.query('SELECT COUNT(*)::int AS count FROM item_events');
      expect(verify.body.checked).toBe(count);
    }
  });

  it('a setting changed through one process holds in the other', async () => {
    expect((await api(0, 'PATCH', '/api/settings', 'admin', { signoffTwoLevel: true })).status).toBe(200);
    // The other process re-reads settings every few seconds: wait for it rather than guess the moment
    // (one that never sees the change fails this test by its timeout).
    while (!(await api(1, 'GET', '/api/settings', 'admin')).body.signoffTwoLevel) await new Promise((r) => setTimeout(r, 250));
  });

  /** Every warnings run either process logged, as [cycle, process]. */
  const warningRuns = () =>
    processes.flatMap((p) => [...p.output().matchAll(/预警任务第 (\d+) 轮/g)].map((m) => [Number(m[1]), p.name] as const)).sort((a, b) => a[0] - b[0]);

  it('runs the warnings job once per cycle across both processes, and the other takes over when one dies', async () => {
    // The writes above took several 3-second cycles; each was run by exactly one process.
    const runs = warningRuns();
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.map(([cycle]) => cycle)).toEqual(runs.map((_, i) => i + 1));

    // The process that ran the latest cycle crashes; the survivor runs the cycles after it.
    const [lastCycle, lastRunner] = runs[runs.length - 1];
    const crashed = processes.find((p) => p.name === lastRunner)!;
    await crashed.stop('SIGKILL');
    const survivor = processes.find((p) => p !== crashed)!;
    // (A survivor that never takes over fails this test by its timeout.)
    while (!warningRuns().some(([cycle, name]) => cycle > lastCycle + 1 && name === survivor.name)) await new Promise((r) => setTimeout(r, 250));
    const after = warningRuns();
    expect(after.map(([cycle]) => cycle)).toEqual(after.map((_, i) => i + 1));
  });
});
