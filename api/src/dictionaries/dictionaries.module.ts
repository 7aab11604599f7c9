import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionariesController } from './dictionaries.controller.js';
import { DictionariesService } from './dictionaries.service.js';
import { DictionaryEntryEntity } from './dictionary-entry.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([DictionaryEntryEntity])],
  controllers: [DictionariesController],
  providers: [DictionariesService],
  exports: [DictionariesService],
})
export class DictionariesModule {}
