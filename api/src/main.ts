import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { loadConfig } from './config/app-config.js';
import { SetupService } from './setup/setup.service.js';

const config = loadConfig();
const app = await createApp(config);
app.enableShutdownHooks();
await app.listen(config.port);
const where = config.database.type === 'sqlite' ? config.database.path : 'PostgreSQL';
Logger.log(`整改看板已启动：http://localhost:${config.port}  （数据库：${where}；接口文档：/api/docs）`, 'Main');
// After the demo data (if any) is in: with no administrator yet, print the one-time setup link.
await app.get(SetupService).openIfNoAdministrator(config.port);
