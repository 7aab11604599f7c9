import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  issueSupervisionSchema,
  replySupervisionSchema,
  supervisionListQuerySchema,
  type Actor,
  type IssueSupervisionRequest,
  type ReplySupervisionRequest,
  type SupervisionView,
} from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { SupervisionService } from './supervision.service.js';

@ApiTags('督办')
@Controller()
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Post('items/:id/supervisions')
  @Requires('supervision.issue')
  @ApiOperation({ summary: '下发督办单（督办要求、回复期限不早于今天；已销号事项不能督办）' })
  @ApiBody({ schema: openApiSchema(issueSupervisionSchema) })
  issue(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(issueSupervisionSchema)) body: IssueSupervisionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<SupervisionView> {
    return this.supervision.issue(id, body, actor);
  }

  @Get('items/:id/supervisions')
  @Requires('item.read')
  @ApiOperation({ summary: '事项的督办单（最新在前）' })
  forItem(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<SupervisionView[]> {
    return this.supervision.forItem(id, actor);
  }

  @Get('supervisions')
  @Requires('item.read')
  @ApiOperation({ summary: '督办单列表；open=true 为待回复的（待办）。责任部门只看到本部门事项的督办单' })
  @ApiQuery({ name: 'open', required: false, enum: ['true', 'false'] })
  list(@Query(new ZodValidationPipe(supervisionListQuerySchema)) query: { open?: 'true' | 'false' }, @CurrentActor() actor: Actor): Promise<SupervisionView[]> {
    return this.supervision.list(actor, { open: query.open === 'true' });
  }

  @Post('supervisions/:id/reply')
  @HttpCode(200)
  @Requires('supervision.reply')
  @ApiOperation({ summary: '回复督办单（本部门或领导；每张督办单只能回复一次）' })
  @ApiBody({ schema: openApiSchema(replySupervisionSchema) })
  reply(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(replySupervisionSchema)) body: ReplySupervisionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<SupervisionView> {
    return this.supervision.reply(id, body, actor);
  }
}
