/** Helpers of the storage suites (full disk, read-only data folder, restart, restore): SQLite only. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Database from 'better-sqlite3';
import request from 'supertest';
import { createApp } from '../src/app.factory.js';
import type { AppConfig } from '../src/config/app-config.js';
import { bearerClient, type ApiClient } from './test-app.js';

export const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/**
 * Reads the database file through a connection of its own, as `npm run backup` or a restarted board
 * would: only what was committed is there.
 */
export function readCommitted<T>(databasePath: string, read: (db: Database.Database) => T): T {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Everything a refused write must leave as it was, read from a second connection. */
export function committedDump(databasePath: string) {
  return readCommitted(databasePath, (db) => ({
    items: db.prepare('SELECT * FROM items ORDER BY id').all(),
    events: db.prepare('SELECT COUNT(*) AS n FROM item_events').pluck().get(),
    sessions: db.prepare('SELECT COUNT(*) AS n FROM sessions').pluck().get(),
    evidence: db.prepare('SELECT COUNT(*) AS n FROM evidence_files').pluck().get(),
  }));
}

export interface OpenedApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  client(token: string): ApiClient;
  close(): Promise<void>;
}

/** The board started on an existing database (a restart, or a restored backup): nothing is seeded. */
export async function openExistingApp(databasePath: string, filesPath: string, config: Partial<AppConfig> = {}): Promise<OpenedApp> {
  const app = await createApp(
    {
      port: 0,
      database: { type: 'sqlite', path: databasePath },
      filesPath,
      demoData: false,
      webDist: join(filesPath, 'no-web'),
      trustProxy: 'loopback',
      backgroundJobs: false,
      ...config,
    },
    { logger: false },
  );
  const http = request(app.getHttpServer());
  return { app, http, client: (token) => bearerClient(http, token), close: () => app.close() };
}
