import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_BACKUP_SETTINGS, DEFAULT_WARNING_SETTINGS, settingsSchema, type Settings, type SignoffSettings, type UpdateSettingsRequest, type WarningSettings } from '@rectify/shared';
import { Repository } from 'typeorm';
import { WriteQueue } from '../database/write-queue.js';
import { SettingEntity } from './setting.entity.js';

const DEFAULTS: Settings = { warningYellowWithinDays: DEFAULT_WARNING_SETTINGS.yellowWithinDays, signoffTwoLevel: false, ...DEFAULT_BACKUP_SETTINGS };

/**
 * Office-wide settings. Read on every board request, so kept in memory: one process serves the
 * office, and every change goes through update(), which refreshes the copy.
 */
@Injectable()
export class SettingsService implements OnModuleInit {
  private current: Settings = DEFAULTS;

  constructor(
    @InjectRepository(SettingEntity) private readonly settings: Repository<SettingEntity>,
    private readonly writeQueue: WriteQueue,
  ) {}

  async onModuleInit(): Promise<void> {
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

  async update(request: UpdateSettingsRequest): Promise<Settings> {
    await this.writeQueue.run(async (manager) => {
      for (const [key, value] of Object.entries(request)) await manager.getRepository(SettingEntity).save({ key, value });
    });
    this.current = { ...this.current, ...request };
    return this.current;
  }
}
