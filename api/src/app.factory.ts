import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { AllErrorsFilter } from './common/all-errors.filter.js';
import { SafeLogger } from './common/safe-logger.js';
import type { AppConfig } from './config/app-config.js';

/** Request bodies above this are refused (413) before any handler runs. */
const JSON_BODY_LIMIT = '1mb';

/** Builds the whole app (API, docs, built board) for main.ts, the tests and the benchmark alike. */
export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger === false ? false : new SafeLogger(),
  });
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use(helmet({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] } } }));
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT }));
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new AllErrorsFilter());

  const docs = new DocumentBuilder().setTitle('整改看板 API').setDescription('整改问题清单：看板、事项、移动关口').setVersion('0.1').build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs));

  serveWebApp(app, config.webDist);
  await app.init();
  return app;
}

/** The built board at `/`, with every non-API path answered by index.html (client-side routes). */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(webDist, { index: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.sendFile(index);
  });
}
