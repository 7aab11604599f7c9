import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningApp {
  baseUrl: string;
  port: number;
  /** Its database file (a fresh one per start unless `databasePath` was given). */
  databasePath: string;
  /** What the server has printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment, e.g. `{ DEMO_DATA: 'false' }` for an office's first start. */
  env?: Record<string, string>;
  /** An existing database to start on (it is left in place at stop). */
  databasePath?: string;
}

/** Starts the built API (which serves the built board) on a free port with a fresh demo database. */
export async function startBuiltApp(options: StartOptions = {}): Promise<RunningApp> {
  const folder = mkdtempSync(join(tmpdir(), 'rectify-e2e-'));
  const port = await freePort();
  const databasePath = options.databasePath ?? join(folder, 'e2e.sqlite');
  const child = spawn(process.execPath, [join(repoRoot, 'api', 'dist', 'main.js')], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, DEMO_DATA: 'true', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return {
    baseUrl,
    port,
    databasePath,
    output: () => output,
    async stop() {
      await stopProcess(child);
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

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}
