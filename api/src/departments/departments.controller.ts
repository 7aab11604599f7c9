import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Department } from '@rectify/shared';
import { DepartmentsService } from './departments.service.js';

@ApiTags('部门')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @ApiOperation({ summary: '部门列表（单位及其处室、科室、支部）' })
  list(): Promise<Department[]> {
    return this.departments.list();
  }
}
