import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DEFAULT_BACKUP_SETTINGS,
  DEFAULT_WARNING_SETTINGS,
  settingsSchema,
  type Settings,
  type SignoffSettings,
  type UpdateSettingsRequest,
  type WarningSettings,
} from '@rectify/shared';
import { Repository } from 'typeorm';
import { fieldChanges, recordAdminChange, type AdminAuthor } from '../admin-log/admin-log-chain.js';
import { WriteQueue } from '../database/write-queue.js';
import { SettingEntity } from './setting.entity.js';

const DEFAULTS: Settings = { warningYellowWithinDays: DEFAULT_WARNING_SETTINGS.yellowWithinDays, signoffTwoLevel: false, ...DEFAULT_BACKUP_SETTINGS };
/** On PostgreSQL, how often the copy is re-read: another API process may have changed a setting. */
const REFRESH_MS = 5_000;

/**
 * Office-wide settings. Read on every board request, so kept in memory: every change goes through
 * update(), which refreshes this process's copy. On PostgreSQL several processes may serve the
 * office, so each also re-reads the table every few seconds to pick up the others' changes.
 */
@Injectable()
export class SettingsService implements OnModuleInit, OnModuleDestroy {
  private current: Settings = DEFAULTS;
  private refresher: NodeJS.Timeout | null = null;

  constructor(
    @InjectRepository(SettingEntity) private readonly settings: Repository<SettingEntity>,
    private readonly writeQueue: WriteQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.load();
    if (this.settings.manager.connection.options.type !== 'postgres') return;
    this.refresher = setInterval(() => void this.load().catch(() => undefined), REFRESH_MS);
    this.refresher.unref();
  }

  onModuleDestroy(): void {
    if (this.refresher) clearInterval(this.refresher);
  }

  private async load(): Promise<void> {
    const stored = Object.fromEntries((await this.settings.find()).map((s) => [s.key, s.value]));
    // A stored value that no longer passes the schema falls back to the default rather than break the board.
    const parsed = settingsSchema.partial().safeParse(stored);
    this.current = { ...DEFAULTS, ...(parsed.success ? parsed.data : {}) };
  }

  get(): Settings {
    return this.current;
  }

  signoff(): SignoffSettings {
    return { signoffTwoLevel: this.current.signoffTwoLevel };
  }

  warning(): WarningSettings {
    return { yellowWithinDays: this.current.warningYellowWithinDays };
  }

  async update(request: UpdateSettingsRequest, author: AdminAuthor): Promise<Settings> {
    await this.writeQueue.run(async (manager) => {
      for (const [key, value] of Object.entries(request)) await manager.getRepository(SettingEntity).save({ key, value });
      // Every setting, present and future, is recorded in the admin log with what it was before.
      const keys = Object.keys(request) as Array<keyof Settings>;
      const changes = fieldChanges(this.current, { ...this.current, ...request }, keys);
      if (changes) await recordAdminChange(manager, author, { kind: 'settings.updated', targetId: null, targetName: '系统设置', ...changes });
    });
    this.current = { ...this.current, ...request };
    return this.current;
  }
}
