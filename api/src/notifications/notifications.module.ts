import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NOTICE_SINK } from '../common/notice-sink.js';
import { DepartmentsModule } from '../departments/departments.module.js';
import { ItemEntity } from '../items/item.entity.js';
import { SettingsModule } from '../settings/settings.module.js';
import { ItemWarningStateEntity } from './item-warning-state.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsController, WebhooksController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { WarningsJob } from './warnings-job.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { WebhookEntity } from './webhook.entity.js';
import { WebhooksService } from './webhooks.service.js';

/**
 * In-app notifications, the warnings job and outbound webhooks (with their outbox). Global: it
 * provides the NOTICE_SINK every write path sends its notices through (common/notice-sink.ts).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([NotificationEntity, ItemWarningStateEntity, WebhookEntity, WebhookDeliveryEntity, ItemEntity]),
    DepartmentsModule,
    SettingsModule,
  ],
  controllers: [NotificationsController, WebhooksController],
  providers: [NotificationsService, WebhookOutbox, WebhooksService, WarningsJob, { provide: NOTICE_SINK, useExisting: NotificationsService }],
  exports: [NotificationsService, WebhookOutbox, WarningsJob, NOTICE_SINK],
})
export class NotificationsModule {}
