import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { BackupService } from './backup.service.js';

/** How often the scheduler looks at the clock; a backup starts within this of its time. */
const CHECK_EVERY_MS = 60_000;

/** The daily backup, as a background job (off with BACKGROUND_JOBS=false: tests call tick() with a "now"). */
@Injectable()
export class BackupScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BackupScheduler.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly backups: BackupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.backgroundJobs === false || !this.backups.supported) return;
    this.backups.scheduleFrom = new Date();
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Runs the backup when its time has come (once: the next is counted from now). */
  async tick(now: Date = new Date()): Promise<void> {
    const due = this.backups.nextRunAt();
    if (!due || now < due) return;
    this.backups.scheduleFrom = now;
    try {
      await this.backups.run('scheduled', now);
    } catch (error) {
      // Already running (a 立即备份 at that minute) or unsupported: the next day's run comes as planned.
      this.logger.warn(`每日备份未执行：${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
