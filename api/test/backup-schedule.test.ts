import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditVerification, BackupRunView, BackupStatus, NotificationList } from '@rectify/shared';
import type request from 'supertest';
import { BackupScheduler } from '../src/backup/backup-scheduler.js';
import { BackupService } from '../src/backup/backup.service.js';
import type { AppConfig } from '../src/config/app-config.js';
import { APP_CONFIG } from '../src/config/config.module.js';
import { itemInProgress, pdfFile } from './evidence-fixtures.js';
import { openExistingApp, sha256 } from './storage-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * 数据备份 on a running board: 立即备份, the daily run, retention, the record and the notice when a
 * backup fails, and a restore (the board started on a backup). SQLite only, whatever TEST_DATABASE_URL says.
 */
const folder = mkdtempSync(join(tmpdir(), 'rectify-backups-'));
const databasePath = join(folder, 'live.sqlite');
const backupPath = join(folder, 'backups');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ database: { type: 'sqlite', path: databasePath }, backupPath });
});
afterAll(async () => {
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

const status = async (): Promise<BackupStatus> => (await t.as.admin.get('/api/backup').expect(200)).body;
const backupFolders = () => readdirSync(backupPath).sort();
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('数据备份', () => {
  it('立即备份 copies and checks everything, records the result and shows it to the administrator', async () => {
    const item = await t.createItem();
    const response = await t.as.admin.post('/api/backup/run').expect(200);
    const run: BackupRunView = response.body;
    expect(run).toMatchObject({ trigger: 'manual', ok: true, items: 1, evidenceFiles: 0, removed: 0, message: expect.stringContaining('已备份并校验') });
    expect(run.historyEvents).toBeGreaterThan(0);
    expect(run.sizeBytes).toBeGreaterThan(0);
    expect(run.folder).toContain(backupPath);

    const shown = await status();
    expect(shown).toMatchObject({ supported: true, database: 'sqlite', folder: backupPath, enabled: true, time: '02:30', keep: 14, running: false, last: run });
    expect(shown.recent[0]).toEqual(run);
    // Background jobs are off in tests: nothing is scheduled.
    expect(shown.nextRunAt).toBeNull();
    await t.leader.get(`/api/items/${item.id}`).expect(200);
  });

  it('runs every day at the set time (北京时间) and keeps only the newest backups', async () => {
    await t.as.admin.patch('/api/settings').send({ backupTime: '03:15', backupKeep: 2 }).expect(200);
    const backups = t.app.get(BackupService);
    const scheduler = t.app.get(BackupScheduler);
    // As if the scheduler had started at 2026-12-01 00:00 北京时间.
    backups.scheduleFrom = new Date('2026-11-30T16:00:00Z');
    expect((await status()).nextRunAt).toBe('2026-11-30T19:15:00.000Z');

    const before = (await status()).recent.length;
    await scheduler.tick(new Date('2026-11-30T19:14:00Z'));
    expect((await status()).recent).toHaveLength(before);
    for (const day of ['2026-11-30', '2026-12-01', '2026-12-02']) {
      await scheduler.tick(new Date(`${day}T19:15:30Z`));
    }
    const after = await status();
    expect(after.recent.slice(0, 3).map((r) => [r.trigger, r.ok, r.startedAt])).toEqual([
      ['scheduled', true, '2026-12-02T19:15:30.000Z'],
      ['scheduled', true, '2026-12-01T19:15:30.000Z'],
      ['scheduled', true, '2026-11-30T19:15:30.000Z'],
    ]);
    expect(after.nextRunAt).toBe('2026-12-03T19:15:00.000Z');
    // Two kept: the last run removed what was beyond them.
    expect(backupFolders()).toEqual([after.recent[1].folder, after.recent[0].folder].map((f) => f!.slice(backupPath.length + 1)));
    expect(after.recent[0].removed).toBeGreaterThan(0);

    await t.as.admin.patch('/api/settings').send({ backupEnabled: false }).expect(200);
    expect((await status()).nextRunAt).toBeNull();
    await t.as.admin.patch('/api/settings').send({ backupEnabled: true, backupTime: '02:30', backupKeep: 14 }).expect(200);
  });

  it('records a failed backup with its reason and tells every administrator', async () => {
    const config = t.app.get<AppConfig>(APP_CONFIG);
    // The backup folder's place is taken by a file: nothing can be written there.
    const blocked = join(folder, 'blocked');
    writeFileSync(blocked, '');
    config.backupPath = blocked;
    try {
      const run: BackupRunView = (await t.as.admin.post('/api/backup/run').expect(200)).body;
      expect(run).toMatchObject({ ok: false, folder: null, message: expect.stringMatching(/^备份失败：/) });
      expect((await status()).last).toEqual(run);
      const inbox: NotificationList = (await t.as.admin.get('/api/notifications').expect(200)).body;
      expect(inbox.items[0]).toMatchObject({ kind: 'backup_failed', title: '数据备份失败', body: expect.stringContaining(blocked) });
      const leaderInbox: NotificationList = (await t.leader.get('/api/notifications').expect(200)).body;
      expect(leaderInbox.items.some((n) => n.kind === 'backup_failed')).toBe(false);
    } finally {
      config.backupPath = backupPath;
    }
  });

  it('is for administrators only, and refuses a second run while one is under way', async () => {
    await t.leader.post('/api/backup/run').expect(403);
    await t.as.inspector.get('/api/backup').expect(403);
    const first = t.app.get(BackupService).run('manual');
    const second = await t.as.admin.post('/api/backup/run').expect(409);
    expect(second.body.message).toBe('正在备份，请等这次备份完成后再试');
    expect((await first).ok).toBe(true);
  });

  it('restores: the board started on a backup has the items, a history that verifies, and the 佐证材料', async () => {
    const item = await itemInProgress(t);
    const data = pdfFile();
    const evidence = (await t.as.policyStaff.post(`/api/items/${item.id}/evidence`).attach('file', data, '整改完成情况报告.pdf').expect(201)).body.evidence as {
      id: string;
    };
    await t.leader.patch(`/api/items/${item.id}`).send({ remarks: '备份前的最后修改', version: item.version }).expect(200);
    const run: BackupRunView = (await t.as.admin.post('/api/backup/run').expect(200)).body;
    expect(run).toMatchObject({ message: expect.stringContaining('已备份并校验'), ok: true, evidenceFiles: 1 });

    // Restore as README says: rectify.sqlite as DATABASE_PATH, files/ as FILES_PATH.
    const restored = await openExistingApp(join(run.folder!, 'rectify.sqlite'), join(run.folder!, 'files'));
    try {
      const leader = restored.client(t.leader.token);
      expect((await leader.get(`/api/items/${item.id}`).expect(200)).body).toMatchObject({ remarks: '备份前的最后修改', evidenceCount: 1 });
      const board = (await leader.get('/api/board').expect(200)).body as { columns: Array<{ total: number }> };
      expect(board.columns.reduce((n, c) => n + c.total, 0)).toBe(run.items);
      const verification: AuditVerification = (await restored.client(t.as.inspector.token).get('/api/audit/verify').expect(200)).body;
      expect(verification).toMatchObject({ ok: true, checked: run.historyEvents });
      const download = await leader.get(`/api/evidence/${evidence.id}/download`).buffer(true).parse(binary).expect(200);
      expect(sha256(download.body as Buffer)).toBe(sha256(data));
    } finally {
      await restored.close();
    }
  });
});
