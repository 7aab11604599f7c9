/** Built API processes on one PostgreSQL schema: the multi-process test and benchmark start them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';

/** api/, from src/bench (tests) and dist/bench (the benchmark) alike. */
const apiRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fresh, empty schema on the test PostgreSQL, reached through the connection's search_path. */
export async function freshSchema(url: string): Promise<{ url: string; query: (sql: string, params?: unknown[]) => Promise<any>; drop(): Promise<void> }> {
  const schema = `rectify_mp_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = new DataSource({ type: 'postgres', url });
  await admin.initialize();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const separator = url.includes('?') ? '&' : '?';
  const schemaUrl = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const inSchema = new DataSource({ type: 'postgres', url: schemaUrl });
  await inSchema.initialize();
  return {
    url: schemaUrl,
    query: (sql, params) => inSchema.query(sql, params),
    async drop() {
      await inSchema.destroy();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.destroy();
    },
  };
}

export interface ApiProcess {
  name: string;
  baseUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM (a clean stop) or SIGKILL (a crash). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The built API (`api/dist/main.js`) as its own process on a free port, on the given database. */
export async function startApiProcess(name: string, env: Record<string, string>): Promise<ApiProcess> {
  const folder = mkdtempSync(join(tmpdir(), `rectify-mp-${name}-`));
  const port = await freePort();
  const child = spawn(process.execPath, [join(apiRoot, 'dist', 'main.js')], {
    env: { ...process.env, PORT: String(port), DEMO_DATA: 'false', FILES_PATH: join(folder, 'files'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return {
    name,
    baseUrl,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      await stopProcess(child, signal);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`接口进程已退出：\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`接口 30 秒内未就绪：\n${output()}`);
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill(signal);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/** A JSON call that never throws on an HTTP status: the tests count statuses. */
export async function call(baseUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed };
}

export type ClusterUser = 'leader' | 'admin';

/**
 * One department, a leader and an admin in the schema (written straight to the tables, as
 * `npm run create-admin` would), each signed in once on every process. Tokens per user, per process.
 */
export async function addAccounts(
  schema: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  processes: readonly ApiProcess[],
  passwordHash: string,
  password: string,
): Promise<{ departmentId: string; tokens: Record<ClusterUser, string[]> }> {
  const departmentId = crypto.randomUUID();
  await schema.query(`INSERT INTO departments (id, name, "parentId") VALUES ($1, '政策法规处', NULL)`, [departmentId]);
  const tokens = { leader: [], admin: [] } as Record<ClusterUser, string[]>;
  for (const role of ['leader', 'admin'] as const) {
    await schema.query(
      `INSERT INTO users (id, username, "displayName", role, "departmentId", "passwordHash", disabled, "createdAt") VALUES ($1, $2, $3, $4, NULL, $5, false, $6)`,
      [crypto.randomUUID(), role, `${role}的姓名`, role, passwordHash, new Date().toISOString()],
    );
    // Sessions live in the database: a token from one process is good on the other, but each signs in once here.
    for (const p of processes) {
      const login = await call(p.baseUrl, 'POST', '/api/auth/login', null, { username: role, password });
      if (login.status !== 200) throw new Error(`登录失败：${JSON.stringify(login.body)}`);
      tokens[role].push(login.body.token);
    }
  }
  return { departmentId, tokens };
}
