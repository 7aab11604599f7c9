import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ItemsModule } from '../items/items.module.js';
import { EvidenceFileEntity } from './evidence-file.entity.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceService } from './evidence.service.js';

/** 佐证材料：上传（按内容判断类型、SHA-256）、列表、下载；文件存放在数据目录旁的 files 文件夹. */
@Module({
  imports: [ItemsModule, TypeOrmModule.forFeature([EvidenceFileEntity])],
  controllers: [EvidenceController],
  providers: [EvidenceService],
  exports: [EvidenceService],
})
export class EvidenceModule {}
