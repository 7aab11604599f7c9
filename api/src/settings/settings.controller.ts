import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { updateSettingsSchema, type Settings, type UpdateSettingsRequest } from '@rectify/shared';
import type { Actor } from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { SettingsService } from './settings.service.js';

@ApiTags('系统设置')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @Requires('settings.read')
  @ApiOperation({ summary: '系统设置（如黄灯提前天数）' })
  get(): Settings {
    return this.settings.get();
  }

  @Patch()
  @Requires('settings.manage')
  @ApiOperation({ summary: '修改系统设置（系统管理员）' })
  @ApiBody({ schema: openApiSchema(updateSettingsSchema) })
  update(@Body(new ZodValidationPipe(updateSettingsSchema)) body: UpdateSettingsRequest, @CurrentActor() admin: Actor): Promise<Settings> {
    return this.settings.update(body, admin);
  }
}
