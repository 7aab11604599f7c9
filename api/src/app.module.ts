import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { AdminLogModule } from './admin-log/admin-log.module.js';
import { AsOfModule } from './as-of/as-of.module.js';
import { AuthModule } from './auth/auth.module.js';
import { PlainTextPipe } from './common/plain-text.pipe.js';
import { BackupModule } from './backup/backup.module.js';
import { BoardModule } from './board/board.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoModule } from './demo/demo.module.js';
import { DepartmentsModule } from './departments/departments.module.js';
import { DictionariesModule } from './dictionaries/dictionaries.module.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { HealthController } from './health/health.controller.js';
import { HistoryModule } from './history/history.module.js';
import { ItemsModule } from './items/items.module.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { LifecycleModule } from './lifecycle/lifecycle.module.js';
import { ProgressModule } from './evidence/progress.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OverdueModule } from './overdue/overdue.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { SetupModule } from './setup/setup.module.js';
import { SupervisionModule } from './supervision/supervision.module.js';
import { UsersModule } from './users/users.module.js';
import { WorklistModule } from './worklist/worklist.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        AuthModule,
        UsersModule,
        DepartmentsModule,
        DictionariesModule,
        SettingsModule,
        HistoryModule,
        ItemsModule,
        LifecycleModule,
        BoardModule,
        AsOfModule,
        WorklistModule,
        ReportsModule,
        LedgerModule,
        DashboardModule,
        EvidenceModule,
        ProgressModule,
        NotificationsModule,
        SupervisionModule,
        OverdueModule,
        DemoModule,
        SetupModule,
        AdminLogModule,
        BackupModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useClass: PlainTextPipe }],
    };
  }
}
