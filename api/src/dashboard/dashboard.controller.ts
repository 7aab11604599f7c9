import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { dashboardQuerySchema, type Actor, type BoardFilters, type DashboardView } from '@rectify/shared';
import { CurrentActor, Requires } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('统计')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Requires('dashboard.read')
  @ApiOperation({ summary: '统计：各列数量、整改完成率、红黄灯、逾期按部门、来源与类别、各列平均停留天数（筛选同看板）' })
  get(@Query(new ZodValidationPipe(dashboardQuerySchema)) filters: BoardFilters, @CurrentActor() actor: Actor): Promise<DashboardView> {
    return this.dashboard.dashboard(filters, actor);
  }
}
