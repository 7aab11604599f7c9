import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the API reads from the environment, read once, with the defaults a new office gets. */
export interface AppConfig {
  port: number;
  database:
    | { type: 'sqlite'; path: string }
    /** PostgreSQL, for offices that outgrow one machine: DATABASE_URL=postgres://… */
    | { type: 'postgres'; url: string };
  /**
   * Where uploaded files (佐证材料) are kept: beside the SQLite file by default (`npm run backup` copies
   * both). FILES_PATH overrides it (needed with PostgreSQL to share a backed-up disk).
   */
  filesPath: string;
  /** Fill a new, empty database with the demo office (on unless DEMO_DATA=false). */
  demoData: boolean;
  /** The built board, served at `/`. */
  webDist: string;
  /**
   * Express "trust proxy" (e.g. `loopback` behind a reverse proxy on the same machine), so sign-in
   * throttling sees the client's address instead of the proxy's. Off by default.
   */
  trustProxy?: string;
  /**
   * The address clerks type (PUBLIC_URL, e.g. `https://zgkb.example.cn`): the first-run setup link is
   * printed with it, and when it is https every answer carries HSTS and a Secure session cookie even if
   * the proxy in front does not say the request came over HTTPS.
   */
  publicUrl?: string;
  /**
   * Background loops: the warnings job (once per cycle of `warningJobIntervalMs`, in one process of
   * however many share the database) and the webhook outbox. On unless set to false (tests switch them off and call the jobs directly with a "now").
   */
  backgroundJobs?: boolean;
  /** How often the warnings job re-lights every open item (default hourly; WARNING_JOB_MINUTES, decimals allowed down to 0.05 for tests). */
  warningJobIntervalMs?: number;
  /** Timeout of one webhook POST (default 5 s). */
  webhookTimeoutMs?: number;
  /**
   * Origins a webhook may post to besides the DingTalk and WeCom robot endpoints
   * (WEBHOOK_EXTRA_ORIGINS, comma-separated, e.g. `https://robot.example.gov.cn,http://10.0.0.5:*`).
   */
  webhookExtraOrigins?: string[];
  /** How many 佐证材料 uploads are received at once; more are refused (429) before their body is read (UPLOAD_CONCURRENCY, default 8). */
  uploadConcurrency?: number;
  /**
   * Where the daily backups and 立即备份 go (SQLite only): BACKUP_PATH, default `backups` beside the
   * database. Set by the server's operator, not on a page: a folder chosen in the browser could be
   * one the web server publishes.
   */
  backupPath?: string;
}

const apiRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const database: AppConfig['database'] = env.DATABASE_URL?.startsWith('postgres')
    ? { type: 'postgres', url: env.DATABASE_URL }
    : { type: 'sqlite', path: resolve(env.DATABASE_PATH ?? resolve(apiRoot, 'data', 'rectify.sqlite')) };
  const filesPath = resolve(env.FILES_PATH || (database.type === 'sqlite' ? join(dirname(database.path), 'files') : resolve(apiRoot, 'data', 'files')));
  return {
    port: Number(env.PORT ?? 3000),
    database,
    filesPath,
    demoData: env.DEMO_DATA !== 'false',
    webDist: resolve(env.WEB_DIST ?? resolve(apiRoot, '..', 'web', 'dist')),
    trustProxy: env.TRUST_PROXY || undefined,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    backgroundJobs: env.BACKGROUND_JOBS !== 'false',
    warningJobIntervalMs: Math.max(0.05, Number(env.WARNING_JOB_MINUTES) || 60) * 60_000,
    webhookExtraOrigins: (env.WEBHOOK_EXTRA_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    uploadConcurrency: Math.max(1, Number(env.UPLOAD_CONCURRENCY ?? 8) || 8),
    backupPath: env.BACKUP_PATH ? resolve(env.BACKUP_PATH) : database.type === 'sqlite' ? join(dirname(database.path), 'backups') : undefined,
  };
}

/** SQLite creates the file but not its folder; the files folder is created here too. */
export function ensureDatabaseFolder(config: AppConfig): void {
  if (config.database.type === 'sqlite') mkdirSync(dirname(config.database.path), { recursive: true });
  mkdirSync(config.filesPath, { recursive: true });
}
