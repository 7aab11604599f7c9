import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  dictionaryEntrySchema,
  updateDictionaryEntrySchema,
  type Dictionaries,
  type DictionaryEntry,
  type DictionaryEntryRequest,
  type UpdateDictionaryEntryRequest,
} from '@rectify/shared';
import type { Actor } from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { DictionariesService } from './dictionaries.service.js';

@ApiTags('字典')
@Controller('dictionaries')
export class DictionariesController {
  constructor(private readonly dictionaries: DictionariesService) {}

  @Get()
  @Requires('dictionaries.read')
  @ApiOperation({ summary: '问题来源、问题类别、原因分析维度（含已停用项）' })
  all(): Promise<Dictionaries> {
    return this.dictionaries.all();
  }

  @Post()
  @Requires('dictionaries.manage')
  @ApiOperation({ summary: '新增字典项（系统管理员）' })
  @ApiBody({ schema: openApiSchema(dictionaryEntrySchema) })
  create(@Body(new ZodValidationPipe(dictionaryEntrySchema)) body: DictionaryEntryRequest, @CurrentActor() admin: Actor): Promise<DictionaryEntry> {
    return this.dictionaries.create(body, admin);
  }

  @Patch(':id')
  @Requires('dictionaries.manage')
  @ApiOperation({ summary: '停用、启用或调整排序（名称不可改，已有事项引用它）' })
  @ApiBody({ schema: openApiSchema(updateDictionaryEntrySchema) })
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateDictionaryEntrySchema)) body: UpdateDictionaryEntryRequest,
    @CurrentActor() admin: Actor,
  ): Promise<DictionaryEntry> {
    return this.dictionaries.update(id, body, admin);
  }
}
