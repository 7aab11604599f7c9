/** For the TypeORM CLI (`npm run migration:generate -w api -- src/database/migrations/<name>` after a build). */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ensureDatabaseFolder, loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

const config = loadConfig();
ensureDatabaseFolder(config);
export default new DataSource(dataSourceOptions(config.database));
