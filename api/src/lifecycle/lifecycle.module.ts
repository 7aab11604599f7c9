import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module.js';
import { ItemsModule } from '../items/items.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { LifecycleController } from './lifecycle.controller.js';
import { LifecycleService } from './lifecycle.service.js';

/** 销号 review, 回头看 and 延期 (rules: shared/src/workflow/lifecycle.ts). */
@Module({
  imports: [ItemsModule, SettingsModule, HistoryModule],
  controllers: [LifecycleController],
  providers: [LifecycleService],
})
export class LifecycleModule {}
