import { Module } from '@nestjs/common';

/** 统计：各列数量、整改完成率、逾期分布、来源与类别、各列平均停留天数. */
@Module({})
export class DashboardModule {}
