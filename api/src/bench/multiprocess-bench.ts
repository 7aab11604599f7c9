/**
 * `npm run bench:multiprocess -w api` (needs PostgreSQL; TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test): acknowledged writes per second with 32 clients, each
 * PATCHing its own item as fast as it is answered, against one API process and then two, each run on a
 * fresh schema. On one machine the point is that two processes stay correct and do not collapse
 * (writes are serialised across processes by design), not a speed-up. Prints figures only.
 */
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../users/password-hasher.js';
import { addAccounts, call, freshSchema, startApiProcess, type ApiProcess } from './api-cluster.js';

const DATABASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CLIENTS = 32;
const SECONDS = 10;
const PASSWORD = 'bench-password-1';
const passwordHash = await hashPassword(PASSWORD);

console.log(`多进程写入基准：${CLIENTS} 个客户端各自连续修改（PATCH）一条事项 ${SECONDS} 秒，PostgreSQL\n`);
for (const count of [1, 2]) {
  const schema = await freshSchema(DATABASE);
  const processes: ApiProcess[] = [];
  try {
    for (let i = 0; i < count; i++) processes.push(await startApiProcess(String.fromCharCode(65 + i), { DATABASE_URL: schema.url }));
    const { tokens } = await addAccounts(schema, processes, passwordHash, PASSWORD);
    const items: Array<{ id: string; version: number }> = [];
    for (let c = 0; c < CLIENTS; c++) {
      const created = await call(processes[0].baseUrl, 'POST', '/api/items', tokens.leader[0], {
        title: `基准事项 ${c + 1}`,
        description: '多进程写入基准。',
        source: '巡察反馈',
        batch: '基准',
        scope: 'team',
        category: '组织建设',
      });
      items.push({ id: created.body.id, version: created.body.version });
    }
    let acknowledged = 0;
    let serverErrors = 0;
    let conflicts = 0;
    const start = performance.now();
    const deadline = start + SECONDS * 1000;
    await Promise.all(
      items.map(async (item, c) => {
        const p = c % count;
        for (let n = 0; performance.now() < deadline; n++) {
          const result = await call(processes[p].baseUrl, 'PATCH', `/api/items/${item.id}`, tokens.leader[p], { version: item.version, owner: `责任人${n}` });
          if (result.status === 200) {
            acknowledged++;
            item.version = result.body.version;
          } else if (result.status === 409) conflicts++;
          else if (result.status >= 500) serverErrors++;
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const verify = await call(processes[0].baseUrl, 'GET', '/api/audit/verify', tokens.admin[0]);
    console.log(
      `${count} 个接口进程：每秒确认写入 ${(acknowledged / seconds).toFixed(0).padStart(5)} 次（共 ${acknowledged} 次；5xx ${serverErrors} 次，版本冲突 ${conflicts} 次；历史校验 ${verify.body.ok ? '通过' : '未通过'}，${verify.body.checked} 条）`,
    );
  } finally {
    for (const p of processes) await p.stop();
    await schema.drop();
  }
}
