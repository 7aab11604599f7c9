import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { SessionEntity } from '../users/session.entity.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity.js';
import { ProgressEntryEntity } from '../evidence/progress-entry.entity.js';
import { DictionaryEntryEntity } from '../dictionaries/dictionary-entry.entity.js';
import { ItemEventEntity } from '../history/item-event.entity.js';
import { ItemEntity } from '../items/item.entity.js';
import { SettingEntity } from '../settings/setting.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { InitialSchema1763884800000 } from './migrations/1763884800000-initial-schema.js';
import { ItemLifecycle1764201600000 } from './migrations/1764201600000-item-lifecycle.js';
import { EvidenceProgress1764201700000 } from './migrations/1764201700000-evidence-progress.js';
import { SupervisionNotifications1764201800000 } from './migrations/1764201800000-supervision-notifications.js';
import { SecurityHardening1764320000000 } from './migrations/1764320000000-security-hardening.js';
import { LoginThrottleEntity } from '../auth/login-throttle.entity.js';
import { AdminEventEntity } from '../admin-log/admin-event.entity.js';
import { BoardSortIndexes1764350000000 } from './migrations/1764350000000-board-sort-indexes.js';
import { ItemPersonAccounts1764370000000 } from './migrations/1764370000000-item-person-accounts.js';
import { ItemWarningStateEntity } from '../notifications/item-warning-state.entity.js';
import { NotificationEntity } from '../notifications/notification.entity.js';
import { WebhookDeliveryEntity } from '../notifications/webhook-delivery.entity.js';
import { WebhookEntity } from '../notifications/webhook.entity.js';
import { SupervisionEntity } from '../supervision/supervision.entity.js';
import { ItemColumnStayEntity } from '../history/item-column-stay.entity.js';
import { MultiProcess1764340000000 } from './migrations/1764340000000-multi-process.js';
import { BackupRunEntity } from '../backup/backup-run.entity.js';
import { BackupRuns1764310000000 } from './migrations/1764310000000-backup-runs.js';
import { LedgerMappingEntity } from '../ledger/ledger-mapping.entity.js';
import { LedgerImportMapping1764330000000 } from './migrations/1764330000000-ledger-import-mapping.js';
import { NotificationTaskKinds1764360000000 } from './migrations/1764360000000-notification-task-kinds.js';

export const ENTITIES = [
  DepartmentEntity,
  UserEntity,
  SessionEntity,
  DictionaryEntryEntity,
  SettingEntity,
  ItemEntity,
  ItemEventEntity,
  ProgressEntryEntity,
  EvidenceFileEntity,
  SupervisionEntity,
  NotificationEntity,
  ItemWarningStateEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  ItemColumnStayEntity,
  LoginThrottleEntity,
  AdminEventEntity,
  BackupRunEntity,
  LedgerMappingEntity,
];
export const MIGRATIONS = [
  InitialSchema1763884800000,
  ItemLifecycle1764201600000,
  EvidenceProgress1764201700000,
  SupervisionNotifications1764201800000,
  BackupRuns1764310000000,
  SecurityHardening1764320000000,
  LedgerImportMapping1764330000000,
  MultiProcess1764340000000,
  BoardSortIndexes1764350000000,
  NotificationTaskKinds1764360000000,
  ItemPersonAccounts1764370000000,
];

/** One TypeORM configuration for SQLite (the default) and PostgreSQL; the schema comes from migrations only. */
export function dataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false } as const;
  if (database.type === 'postgres') return { ...common, type: 'postgres', url: database.url };
  return { ...common, type: 'better-sqlite3', database: database.path, enableWAL: true, timeout: 5000 };
}
