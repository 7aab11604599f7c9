import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemView } from '@rectify/shared';
import type request from 'supertest';
import { demoPdf } from '../src/demo/demo-evidence.js';
import { dumpTables } from './db-dump.js';
import { startTestApp, type ApiClient, type TestApp, type TestUser } from './test-app.js';

/**
 * A standing fuzz of every operation in the OpenAPI document: for each, requests that are invalid in
 * some way (wrong types, missing and unknown fields, huge strings, control characters, odd dates,
 * bad ids and query parameters), as a leader, a department and the administrator, from a fixed seed.
 * Nothing may answer 5xx, and a refused request (4xx) must leave every table as it was.
 */
const SEED = 20261130;
/** Writes get more variants than reads: a read can only go wrong in its address and query. */
const VARIANTS = { read: 8, write: 20 };
const ROLES: TestUser[] = ['leader', 'policyStaff', 'admin'];

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)], chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  maxLength?: number;
  default?: unknown;
  const?: unknown;
}

interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  pathParams: string[];
  queryParams: string[];
  body?: JsonSchema;
  multipart: boolean;
}

const CONTROL = ['\u0000', '\u0007', '\u001b[31m', '\u000b', '\uFFFF', '\uD800', '\u0085'];
const ODD_DATES = [
  '2026-02-30',
  '9999-12-31',
  '1900-01-01',
  '0000-00-00',
  '2026-13-01',
  '２０２６-０１-０１',
  '2026-1-1',
  '20261231',
  '2026-12-31T00:00:00Z',
  '',
];
const BAD_IDS = [
  'x',
  '0',
  '-1',
  'null',
  "' OR 1=1 --",
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  'a'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
  '%E4%BD%A0%E5%A5%BD',
  '1e309',
];
const huge = (n: number) => '问'.repeat(n);

/** A value of the wrong kind for `schema`, or an out-of-range one of the right kind. */
function invalidValue(schema: JsonSchema | undefined, rnd: Random): unknown {
  const type = kindOf(schema);
  const common: unknown[] = [null, { nested: { deeper: [1, 2, 3] } }, [], [[[]]], true, -1, 1e308, '__proto__', { __proto__: { admin: true } }];
  switch (type) {
    case 'string':
      return rnd.pick<unknown>([123, false, {}, ['a'], huge(20_000), `文字${rnd.pick(CONTROL)}`, rnd.pick(ODD_DATES), ' '.repeat(5), ...common]);
    case 'number':
    case 'integer':
      return rnd.pick<unknown>(['12', 1.5, -1e9, 1e21, 'NaN', '', {}, [], true, ...common]);
    case 'boolean':
      return rnd.pick<unknown>(['true', 1, 0, 'false', {}, ...common]);
    case 'array':
      return rnd.pick<unknown>(['a', {}, 1, [null], [{}], Array.from({ length: 500 }, (_, i) => `项${i}`), [`x${rnd.pick(CONTROL)}`], ...common]);
    case 'object':
      return rnd.pick<unknown>(['a', 1, [], true, { unknown: 1 }, ...common]);
    default:
      return rnd.pick<unknown>([...common, huge(5000), rnd.pick(ODD_DATES), `${rnd.pick(CONTROL)}`]);
  }
}

/** A plausible value for `schema` (so that the one invalid field is not the only thing in the body). */
function plausibleValue(schema: JsonSchema | undefined, rnd: Random): unknown {
  if (!schema) return 'x';
  if (schema.enum?.length) return rnd.pick(schema.enum);
  if (schema.const !== undefined) return schema.const;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return plausibleValue(rnd.pick(variants), rnd);
  switch (kindOf(schema)) {
    case 'string':
      return schema.pattern?.includes('\\d{4}') || schema.format === 'date' ? '2026-06-30' : rnd.pick(['测试内容', '2026-06-30', 'abc', crypto.randomUUID()]);
    case 'number':
    case 'integer':
      return rnd.pick([1, 7, 30]);
    case 'boolean':
      return rnd.chance(0.5);
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return null;
  }
}

function kindOf(schema: JsonSchema | undefined): string | undefined {
  if (!schema) return undefined;
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  const variants = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  return variants ? kindOf(variants.find((v) => v.type !== 'null')) : undefined;
}

/** One body that is certainly invalid somewhere: every strategy breaks at least one rule. */
function invalidBody(schema: JsonSchema | undefined, rnd: Random): unknown {
  const properties = schema?.properties ?? {};
  const names = Object.keys(properties);
  const base: Record<string, unknown> = {};
  for (const name of names) if (rnd.chance(0.6)) base[name] = plausibleValue(properties[name], rnd);
  const strategy = rnd.pick(['wrong-type', 'wrong-type', 'control', 'extra', 'missing', 'not-object', 'huge', 'date']);
  const target = names.length ? rnd.pick(names) : null;
  switch (strategy) {
    case 'wrong-type':
      if (target) return { ...base, [target]: invalidValue(properties[target], rnd) };
      return { ...base, unexpected: invalidValue(undefined, rnd) };
    case 'control':
      return { ...base, [target ?? 'text']: `正文${rnd.pick(CONTROL)}内容` };
    case 'extra':
      return {
        ...base,
        [rnd.pick(['isAdmin', 'role', 'constructor', 'id', 'version2', '__fuzz'])]: rnd.pick<unknown>([true, 'admin', 1, { a: 1 }]),
        ...(target ? {} : {}),
        __unknown_field__: 1,
      };
    case 'missing': {
      const required = schema?.required ?? [];
      const copy = { ...base };
      // Dropping a required field; with none required, an unknown one makes it invalid instead.
      if (required.length) for (const name of required) delete copy[name];
      else copy.__unknown_field__ = 1;
      return copy;
    }
    case 'not-object':
      return rnd.pick<unknown>([[], ['a', 'b'], 'text', 42, true, null]);
    case 'huge':
      return { ...base, [target ?? 'text']: huge(rnd.pick([3000, 30_000, 200_000])), __unknown_field__: 1 };
    default:
      return { ...base, [target ?? 'date']: rnd.pick(ODD_DATES), __unknown_field__: 1 };
  }
}

/** Odd query strings: unknown names, wrong types, huge values, control characters, repeated names. */
function invalidQuery(op: Operation, rnd: Random): string {
  const parts: string[] = [];
  const names = [...op.queryParams, 'unknown', 'limit', 'offset', 'format', 'q', 'department', 'warning', 'open', 'sort', 'from', 'to'];
  const count = 1 + Math.floor(rnd.next() * 3);
  for (let i = 0; i < count; i++) {
    const name = rnd.pick(names);
    const value = rnd.pick([
      '-1',
      '1e9',
      'abc',
      '',
      huge(600),
      '２０',
      `x${rnd.pick(CONTROL)}`,
      rnd.pick(ODD_DATES),
      'red',
      'true',
      '[]',
      '{}',
      rnd.pick(BAD_IDS),
    ]);
    parts.push(`${encodeURIComponent(name)}=${encodeQueryValue(value)}`);
    if (rnd.chance(0.2)) parts.push(`${encodeURIComponent(name)}=${encodeQueryValue(value)}`);
  }
  if (rnd.chance(0.15)) parts.push('%ZZ=%E0%A4%A');
  return parts.join('&');
}

/** encodeURIComponent refuses lone surrogates; send their UTF-8 bytes raw-escaped instead. */
function encodeQueryValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '')) + '%ED%A0%80';
  }
}

let t: TestApp;
let operations: Operation[];
/** Real ids, so a bad body also reaches handlers behind a found resource. */
let ids: Record<string, string[]>;

beforeAll(async () => {
  // The fuzzed 测试 button posts to a closed loopback port (allowed here as the operator could), never out to the Internet.
  t = await startTestApp({ webhookExtraOrigins: ['http://127.0.0.1:9'], webhookTimeoutMs: 500 });
  const docs = await t.http.get('/api/docs-json').expect(200);
  operations = toOperations(docs.body as { paths: Record<string, Record<string, unknown>> });
  ids = await fixtures();
}, 60_000);
afterAll(() => t.close());

function toOperations(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const result: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const op = raw as { parameters?: Array<{ name: string; in: string }>; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
      const content = op.requestBody?.content ?? {};
      result.push({
        method: method as Operation['method'],
        path,
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        body: content['application/json']?.schema,
        multipart: !!content['multipart/form-data'],
      });
    }
  }
  return result;
}

/** A few items in different states, a progress entry, a 督办单, an evidence file, a webhook. */
async function fixtures(): Promise<Record<string, string[]>> {
  const own = await t.createItem({ departmentId: t.departments.policy });
  const other = await t.createItem({ departmentId: t.departments.finance });
  const running = await t.leader
    .post(`/api/items/${own.id}/move`)
    .send({
      to: 'in_progress',
      version: own.version,
      changes: {
        measures: [{ content: '建立台账' }],
        leader: '李卫东',
        rectifyType: 'time_limited',
        deadline: '2027-06-30',
        owner: '王蕾',
        completion: '已完成',
      },
    })
    .expect(200);
  const progress = await t.leader.post(`/api/items/${own.id}/progress`).send({ date: '2026-01-05', text: '召开专题会议' }).expect(201);
  const supervision = await t.as.inspector.post(`/api/items/${own.id}/supervisions`).send({ requirement: '限期整改', replyBy: '2030-12-31' }).expect(201);
  const evidence = await t.leader
    .post(`/api/items/${own.id}/evidence`)
    .attach('file', demoPdf('佐证', ['模糊测试']), '佐证材料.pdf')
    .expect(201);
  const webhook = await t.as.admin
    .post('/api/webhooks')
    .send({ name: '钉钉群', kind: 'dingtalk', url: 'http://127.0.0.1:9/robot/send?access_token=fuzz' })
    .expect(201);
  const dictionary = (await t.leader.get('/api/dictionaries').expect(200)).body as Record<string, Array<{ id: string }>>;
  const notifications = (await t.as.policyStaff.get('/api/notifications').expect(200)).body as {
    entries?: Array<{ id: string }>;
    items?: Array<{ id: string }>;
  };
  expect((running.body as ItemView).status).toBe('in_progress');
  return {
    items: [own.id, other.id],
    progress: [progress.body.id],
    supervisions: [supervision.body.id],
    evidence: [evidence.body.evidence?.id ?? evidence.body.id],
    webhooks: [webhook.body.id],
    users: [t.userIds.policyStaff, t.userIds.deputy],
    departments: [t.departments.finance, t.departments.policy],
    dictionaries: Object.values(dictionary)
      .flat()
      .slice(0, 2)
      .map((e) => e.id),
    notifications: (notifications.entries ?? notifications.items ?? []).slice(0, 1).map((n) => n.id),
  };
}

/** Which pool a path's `{id}` draws real ids from. */
function poolOf(path: string): string {
  if (path.startsWith('/api/items')) return 'items';
  if (path.startsWith('/api/evidence')) return 'evidence';
  if (path.startsWith('/api/supervisions')) return 'supervisions';
  if (path.startsWith('/api/webhooks')) return 'webhooks';
  if (path.startsWith('/api/users')) return 'users';
  if (path.startsWith('/api/departments')) return 'departments';
  if (path.startsWith('/api/dictionaries')) return 'dictionaries';
  if (path.startsWith('/api/notifications')) return 'notifications';
  return 'items';
}

/** These end the fuzzing client's own session; everything else is fuzzed. */
const SKIPPED = new Set(['post /api/auth/logout']);

function send(client: ApiClient, op: Operation, url: string, rnd: Random): request.Test {
  const call = op.method === 'get' ? client.get(url) : op.method === 'patch' ? client.patch(url) : client.post(url);
  if (op.method === 'get') return call;
  if (op.multipart && rnd.chance(0.6)) {
    // Multipart with missing, unknown or oversized fields, or a file that is no file of any known kind.
    const form = call.field(
      rnd.pick(['note', 'progressId', 'dryRun', 'unknown']),
      rnd.pick(['x', `文字${rnd.pick(CONTROL)}`, huge(3000), 'not-a-uuid', 'maybe']),
    );
    return rnd.chance(0.5)
      ? form.attach(
          'file',
          Buffer.from(rnd.pick(['MZ\u0090\u0000', '%PDF-', '<html><script>', 'PK\u0003\u0004broken'])),
          rnd.pick(['a.pdf', 'a.xlsx', '..\\..\\a.exe', `名${'长'.repeat(300)}.pdf`]),
        )
      : form;
  }
  const body = invalidBody(op.body, rnd);
  if (rnd.chance(0.08)) return call.set('Content-Type', 'application/json').send(rnd.pick(['{"a":', '[1,2', 'not json', '{"__proto__":{"x":1}}']));
  if (rnd.chance(0.05)) return call.set('Content-Type', 'text/plain').send('纯文本');
  // A bare number, string, boolean or null goes out as JSON text (supertest sends only objects itself).
  if (body === null || typeof body !== 'object') return call.set('Content-Type', 'application/json').send(JSON.stringify(body));
  return call.send(body);
}

describe('fuzzing every operation in the OpenAPI document', () => {
  it('never answers 5xx, and a refused request changes no table', async () => {
    const rnd = random(SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let snapshot = await dumpTables(t.dataSource);
    let sent = 0;
    let accepted = 0;
    const fuzzed = operations.filter((op) => !SKIPPED.has(`${op.method} ${op.path}`));
    expect(fuzzed.length).toBeGreaterThan(50);

    for (const role of ROLES) {
      const client = t.as[role];
      for (const op of fuzzed) {
        for (let variant = 0; variant < (op.method === 'get' ? VARIANTS.read : VARIANTS.write); variant++) {
          const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
            if (name === 'key') return rnd.pick(['found', 'closed', 'bogus', '%00', huge(200)]);
            const real = ids[poolOf(op.path)] ?? [];
            return real.length && rnd.chance(0.5) ? rnd.pick(real) : rnd.pick(BAD_IDS);
          });
          const query = op.method === 'get' || rnd.chance(0.3) ? invalidQuery(op, rnd) : '';
          const full = query ? `${url}?${query}` : url;
          const response = await send(client, op, full, rnd);
          sent++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const label = `${role} ${op.method.toUpperCase()} ${full.slice(0, 160)}`;
          if (response.status >= 500) failures.push(`${label} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
          if (response.status >= 400 && response.status < 500) {
            // 431 comes from Node's HTTP parser (a URL beyond 16 KB), before the app: no body to check.
            if (response.status !== 431 && (typeof response.body?.message !== 'string' || !/[\u4e00-\u9fff]/.test(response.body.message)))
              failures.push(`${label} → ${response.status} without a Chinese message`);
            // Only writes can change data; a refused read is checked now and then to keep the run short.
            if (op.method !== 'get' || variant === 0) {
              const after = await dumpTables(t.dataSource);
              if (after !== snapshot) failures.push(`${label} → ${response.status} but the data changed`);
              snapshot = after;
            }
          } else if (op.method !== 'get' && response.status < 400) {
            // Accepted (an action without a body to get wrong, e.g. 标为已读): the new state is the baseline.
            accepted++;
            if (process.env.FUZZ_VERBOSE) process.stdout.write(`accepted: ${label} → ${response.status}\n`);
            snapshot = await dumpTables(t.dataSource);
          }
        }
      }
    }
    // Figures for the record: how many requests, and how they were answered.
    process.stdout.write(
      `fuzz: ${sent} requests over ${fuzzed.length} operations × ${ROLES.length} roles; accepted writes ${accepted}; statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(2000);
  }, 240_000);
});
