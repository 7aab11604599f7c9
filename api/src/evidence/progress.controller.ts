import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { progressEntrySchema, type Actor, type ProgressEntryRequest, type ProgressEntryView } from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ProgressService } from './progress.service.js';

@ApiTags('整改进展')
@Controller('items/:id/progress')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Post()
  @Requires('progress.add')
  @ApiOperation({ summary: '填报整改进展（日期不能晚于今天，北京时间）；佐证材料随后以 progressId 上传' })
  @ApiBody({ schema: openApiSchema(progressEntrySchema) })
  add(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(progressEntrySchema)) body: ProgressEntryRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressEntryView> {
    return this.progress.add(id, body, actor);
  }

  @Get()
  @Requires('item.read')
  @ApiOperation({ summary: '整改进展记录（新的在前），每条附其佐证材料' })
  list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ProgressEntryView[]> {
    return this.progress.list(id, actor);
  }
}
