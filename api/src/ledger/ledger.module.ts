import { Module } from '@nestjs/common';
import { AsOfModule } from '../as-of/as-of.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module.js';
import { DictionariesModule } from '../dictionaries/dictionaries.module.js';
import { ItemsModule } from '../items/items.module.js';
import { OverdueModule } from '../overdue/overdue.module.js';
import { ProgressEntryEntity } from '../evidence/progress-entry.entity.js';
import { LedgerExportExtras } from './ledger-export-extras.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerImporter } from './ledger-import.js';
import { LedgerMappingEntity } from './ledger-mapping.entity.js';
import { LedgerMappings } from './ledger-mappings.js';
import { LedgerReader } from './ledger-reader.js';
import { LedgerService } from './ledger.service.js';

/** 台账：按筛选导出 .xlsx，导入问题清单（编号为键，全部有效才写入）. */
@Module({
  imports: [
    TypeOrmModule.forFeature([LedgerMappingEntity, ProgressEntryEntity]),
    ItemsModule,
    DictionariesModule,
    DepartmentsModule,
    AsOfModule,
    OverdueModule,
  ],
  controllers: [LedgerController],
  providers: [LedgerService, LedgerReader, LedgerMappings, LedgerImporter, LedgerExportExtras],
})
export class LedgerModule {}
