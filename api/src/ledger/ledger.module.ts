import { Module } from '@nestjs/common';

/** 台账：按筛选导出 .xlsx，导入问题清单（编号为键，全部有效才写入）. */
@Module({})
export class LedgerModule {}
