import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { backupsToRemove, nextBackupAt, type BackupRunView, type BackupStatus, type BackupTrigger } from '@rectify/shared';
import { Repository } from 'typeorm';
import { ConflictError, RuleViolationError } from '../common/domain-errors.js';
import { STORAGE_SHORT, storageProblemOf } from '../common/storage-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { WriteQueue } from '../database/write-queue.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { BackupRunEntity } from './backup-run.entity.js';
import { backupFolderName, backupSqlite } from './sqlite-backup.js';

/** How many runs the 数据备份 page lists. */
const RECENT_RUNS = 10;

/**
 * Backups of a running board (SQLite): the same online backup and check as `npm run backup`, then
 * retention (the newest N backups stay), a record of the run, and a 站内消息 to every administrator
 * when it failed. Runs one at a time.
 */
@Injectable()
export class BackupService {
  private readonly logger = new Logger(BackupService.name);
  private running: Promise<BackupRunView> | null = null;
  /** The latest run, also when it could not be recorded (a full disk fails the backup and its record alike). */
  private latest: BackupRunView | null = null;
  /**
   * Set by the scheduler while it runs (null with BACKGROUND_JOBS=false): the daily run comes at the
   * first backup time after this moment, read from the settings each time so a change applies at once.
   */
  scheduleFrom: Date | null = null;

  constructor(
    @InjectRepository(BackupRunEntity) private readonly runs: Repository<BackupRunEntity>,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationsService,
    private readonly writeQueue: WriteQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get supported(): boolean {
    return this.config.database.type === 'sqlite';
  }

  /** Where backups go: BACKUP_PATH, else `backups` beside the database. */
  get folder(): string | null {
    if (this.config.database.type !== 'sqlite') return null;
    return this.config.backupPath ?? join(dirname(this.config.database.path), 'backups');
  }

  nextRunAt(): Date | null {
    const settings = this.settings.get();
    if (!this.supported || !settings.backupEnabled || !this.scheduleFrom) return null;
    return nextBackupAt(this.scheduleFrom, settings.backupTime);
  }

  async status(): Promise<BackupStatus> {
    const settings = this.settings.get();
    const recent = (await this.runs.find({ order: { finishedAt: 'DESC' }, take: RECENT_RUNS })).map(toView);
    const last =
      [this.latest, recent[0] ?? null].filter((r): r is BackupRunView => r !== null).sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))[0] ?? null;
    return {
      supported: this.supported,
      database: this.config.database.type,
      folder: this.folder,
      enabled: settings.backupEnabled,
      time: settings.backupTime,
      keep: settings.backupKeep,
      nextRunAt: this.nextRunAt()?.toISOString() ?? null,
      running: this.running !== null,
      last,
      recent,
    };
  }

  /** 立即备份 (an administrator) or the daily run. A second request while one runs is refused (409). */
  run(trigger: BackupTrigger, now = new Date()): Promise<BackupRunView> {
    if (this.config.database.type !== 'sqlite') {
      throw new RuleViolationError('当前使用 PostgreSQL：请用 pg_dump 备份数据库，并另行复制 FILES_PATH 目录中的佐证材料');
    }
    if (this.running) throw new ConflictError('正在备份，请等这次备份完成后再试');
    this.running = this.backUp(trigger, now).finally(() => (this.running = null));
    return this.running;
  }

  private async backUp(trigger: BackupTrigger, now: Date): Promise<BackupRunView> {
    const database = this.config.database as { type: 'sqlite'; path: string };
    const target = this.folder!;
    // Two runs in one second (a click right after the daily run) each get a folder of their own.
    while (await exists(join(target, backupFolderName(now)))) now = new Date(now.getTime() + 1000);
    const started = now.toISOString();
    let run: BackupRunView;
    try {
      const result = await backupSqlite({ databasePath: database.path, filesPath: this.config.filesPath }, target, now);
      const removed = await this.prune(target);
      const sizeBytes = await sizeOf(result.folder);
      run = {
        id: randomUUID(),
        trigger,
        startedAt: started,
        finishedAt: new Date().toISOString(),
        ok: true,
        folder: result.folder,
        sizeBytes,
        items: result.items,
        historyEvents: result.historyEvents,
        evidenceFiles: result.evidenceFiles,
        removed,
        message: `已备份并校验：${result.items} 条事项、${result.historyEvents} 条历史记录、${result.evidenceFiles} 份佐证材料${removed ? `；按保留份数删除了 ${removed} 份旧备份` : ''}`,
      };
    } catch (error) {
      const problem = storageProblemOf(error);
      const reason = error instanceof Error ? error.message : String(error);
      run = {
        id: randomUUID(),
        trigger,
        startedAt: started,
        finishedAt: new Date().toISOString(),
        ok: false,
        folder: null,
        sizeBytes: null,
        items: null,
        historyEvents: null,
        evidenceFiles: null,
        removed: 0,
        message: `备份失败：${problem ? `${STORAGE_SHORT[problem]}（${reason}）` : reason}`,
      };
      this.logger.error(`${run.message}（备份目录 ${target}）`);
    }
    this.latest = run;
    await this.record(run, target);
    return run;
  }

  /** The run's row and, when it failed, a 站内消息 to every administrator, in one transaction. */
  private async record(run: BackupRunView, target: string): Promise<void> {
    try {
      await this.writeQueue.run(async (manager) => {
        await manager.getRepository(BackupRunEntity).insert({ ...run });
        if (!run.ok) {
          await this.notifications.notify(
            manager,
            { roles: ['admin'] },
            {
              kind: 'backup_failed',
              title: '数据备份失败',
              body: `${run.message}。备份目录：${target}。请检查服务器磁盘后在“系统管理 → 数据备份”中点“立即备份”。`,
            },
            run.finishedAt,
          );
        }
      });
    } catch (error) {
      // The page still shows it (kept in memory); the log says why it was not recorded.
      this.logger.error(`备份结果未能记录：${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Removes the backups beyond the number kept (only folders named like ours). */
  private async prune(target: string): Promise<number> {
    const names = await readdir(target);
    const extra = backupsToRemove(names, this.settings.get().backupKeep);
    for (const name of extra) await rm(join(target, name), { recursive: true, force: true });
    return extra.length;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await sizeOf(join(path, name));
  return total;
}

function toView(row: BackupRunEntity): BackupRunView {
  return { ...row };
}
