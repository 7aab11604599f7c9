import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  deadlineCorrectionSchema,
  extensionDecisionSchema,
  extensionRequestSchema,
  reopenItemSchema,
  signoffDecisionSchema,
  withdrawApplicationSchema,
  type Actor,
  type DeadlineCorrectionRequest,
  type ExtensionDecisionRequest,
  type ExtensionRequestBody,
  type ItemView,
  type ReopenItemRequest,
  type SignoffDecisionRequest,
  type WithdrawApplicationRequest,
} from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { openApiSchema } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { LifecycleService } from './lifecycle.service.js';

@ApiTags('销号、延期与回头看')
@Controller('items')
export class LifecycleController {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Post(':id/signoff')
  @HttpCode(200)
  @Requires('signoff.review')
  @ApiOperation({ summary: '审核销号申请：通过（两级审核时先领导后纪检），或退回并写明补充整改要求；不能审核本人或本部门的申请' })
  @ApiBody({ schema: openApiSchema(signoffDecisionSchema) })
  signoff(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(signoffDecisionSchema)) body: SignoffDecisionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ItemView> {
    return this.lifecycle.decideSignoff(id, body, actor);
  }

  @Post(':id/signoff/withdraw')
  @HttpCode(200)
  @Requires('item.move')
  @ApiOperation({ summary: '撤回销号申请：申请人或申请部门在审核前撤回，卡片回到「整改中」；领导已审核通过转纪检复核后不能撤回' })
  @ApiBody({ schema: openApiSchema(withdrawApplicationSchema) })
  withdrawSignoff(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(withdrawApplicationSchema)) body: WithdrawApplicationRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ItemView> {
    return this.lifecycle.withdrawSignoff(id, body, actor);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Requires('item.reopen')
  @ApiOperation({ summary: '回头看：已销号事项发现反弹回潮，说明原因后回到「整改中」，进入下一整改轮次' })
  @ApiBody({ schema: openApiSchema(reopenItemSchema) })
  reopen(@Param('id') id: string, @Body(new ZodValidationPipe(reopenItemSchema)) body: ReopenItemRequest, @CurrentActor() actor: Actor): Promise<ItemView> {
    return this.lifecycle.reopen(id, body, actor);
  }

  @Post(':id/extension')
  @HttpCode(200)
  @Requires('extension.request')
  @ApiOperation({ summary: '申请延期：提出新的整改时限和理由，等待领导审批' })
  @ApiBody({ schema: openApiSchema(extensionRequestSchema) })
  requestExtension(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(extensionRequestSchema)) body: ExtensionRequestBody,
    @CurrentActor() actor: Actor,
  ): Promise<ItemView> {
    return this.lifecycle.requestExtension(id, body, actor);
  }

  @Post(':id/extension/decision')
  @HttpCode(200)
  @Requires('extension.decide')
  @ApiOperation({ summary: '审批延期申请：同意则整改时限改为申请的日期（原时限留档），不同意须写明理由' })
  @ApiBody({ schema: openApiSchema(extensionDecisionSchema) })
  decideExtension(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(extensionDecisionSchema)) body: ExtensionDecisionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ItemView> {
    return this.lifecycle.decideExtension(id, body, actor);
  }

  @Post(':id/extension/withdraw')
  @HttpCode(200)
  @Requires('extension.request')
  @ApiOperation({ summary: '撤回延期申请：申请人或责任部门在审批前撤回，整改时限不变' })
  @ApiBody({ schema: openApiSchema(withdrawApplicationSchema) })
  withdrawExtension(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(withdrawApplicationSchema)) body: WithdrawApplicationRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ItemView> {
    return this.lifecycle.withdrawExtension(id, body, actor);
  }

  @Post(':id/deadline/correct')
  @HttpCode(200)
  @Requires('deadline.correct')
  @ApiOperation({ summary: '更正时限：领导更正7天内确定的、填写有误的整改时限，写明理由；记为“更正时限”，不计延期次数' })
  @ApiBody({ schema: openApiSchema(deadlineCorrectionSchema) })
  correctDeadline(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(deadlineCorrectionSchema)) body: DeadlineCorrectionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ItemView> {
    return this.lifecycle.correctDeadline(id, body, actor);
  }
}
