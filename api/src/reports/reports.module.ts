import { Module } from '@nestjs/common';

/** “存在的问题及原因”材料：从已销号事项生成文字稿与 .docx. */
@Module({})
export class ReportsModule {}
