import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ensureDatabaseFolder, type AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { dataSourceOptions } from './data-source-options.js';
import { runMigrationsExclusively } from './write-lock.js';
import { WriteQueue } from './write-queue.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        ensureDatabaseFolder(config);
        return dataSourceOptions(config.database);
      },
      // PostgreSQL may have several API processes starting at once: migrations under a lock (write-lock.ts).
      dataSourceFactory: async (options?: DataSourceOptions) => {
        if (options?.type !== 'postgres') return new DataSource(options!);
        const dataSource = await new DataSource({ ...options, migrationsRun: false }).initialize();
        await runMigrationsExclusively(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [WriteQueue],
  exports: [WriteQueue],
})
export class DatabaseModule {}
