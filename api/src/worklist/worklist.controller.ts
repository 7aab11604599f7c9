import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, WorklistResponse } from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { WorklistService } from './worklist.service.js';

@ApiTags('待办')
@Controller('worklist')
export class WorklistController {
  constructor(private readonly worklist: WorklistService) {}

  @Get()
  @Requires('item.read')
  @ApiOperation({ summary: '我的待办：本人可以审核的销号申请、可以审批的延期申请，以及本部门被退回待补充整改的事项' })
  get(@CurrentActor() actor: Actor): Promise<WorklistResponse> {
    return this.worklist.forActor(actor);
  }
}
