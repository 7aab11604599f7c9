import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createWebhookSchema,
  updateWebhookSchema,
  type Actor,
  type CreateWebhookRequest,
  type NotificationList,
  type UpdateWebhookRequest,
  type WebhookTestResult,
  type WebhookView,
} from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { NotificationsService } from './notifications.service.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('消息提醒')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Requires('notifications.read')
  @ApiOperation({ summary: '本人的消息提醒（最新在前，最多50条）与未读数；unread=true 只看未读' })
  list(@CurrentActor() actor: Actor, @Query('unread') unread?: string): Promise<NotificationList> {
    return this.notifications.list(actor, { unreadOnly: unread === 'true' });
  }

  @Post('read-all')
  @HttpCode(200)
  @Requires('notifications.read')
  @ApiOperation({ summary: '本人的消息全部标为已读' })
  readAll(@CurrentActor() actor: Actor): Promise<NotificationList> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Requires('notifications.read')
  @ApiOperation({ summary: '把一条本人的消息标为已读' })
  read(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<NotificationList> {
    return this.notifications.markRead(id, actor);
  }
}

@ApiTags('消息推送（钉钉/企业微信群机器人）')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Requires('webhooks.manage')
  @ApiOperation({ summary: '群机器人推送配置，含待发送、发送失败条数和最近一次错误' })
  list(): Promise<WebhookView[]> {
    return this.webhooks.list();
  }

  @Post()
  @Requires('webhooks.manage')
  @ApiOperation({ summary: '新增群机器人推送（kind: dingtalk | wecom；url 须为 http(s)）' })
  @ApiBody({ schema: openApiSchema(createWebhookSchema) })
  create(@Body(new ZodValidationPipe(createWebhookSchema)) body: CreateWebhookRequest, @CurrentActor() admin: Actor): Promise<WebhookView> {
    return this.webhooks.create(body, admin);
  }

  @Patch(':id')
  @Requires('webhooks.manage')
  @ApiOperation({ summary: '修改名称、类型、地址或启用状态' })
  @ApiBody({ schema: openApiSchema(updateWebhookSchema) })
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateWebhookSchema)) body: UpdateWebhookRequest,
    @CurrentActor() admin: Actor,
  ): Promise<WebhookView> {
    return this.webhooks.update(id, body, admin);
  }

  @Post(':id/test')
  @HttpCode(200)
  @Requires('webhooks.manage')
  @ApiOperation({ summary: '立即发送一条测试消息，返回机器人的应答' })
  test(@Param('id') id: string): Promise<WebhookTestResult> {
    return this.webhooks.test(id);
  }
}
