import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { AllErrorsFilter } from './common/all-errors.filter.js';
import { servedOverHttps } from './common/transport.js';
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
  app.use(securityHeaders(config));
  // gzip or brotli (as the browser asks) for the bundle and JSON: a board load shrinks to a third.
  app.use(compression());
  // Answers depend on who asks and change with every write: never from a cache.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT }));
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new AllErrorsFilter());

  const docs = new DocumentBuilder().setTitle('整改看板 API').setDescription('整改问题清单：看板、事项、移动关口').setVersion('0.1').build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs));

  serveWebApp(app, config.webDist);
  await app.init();
  return app;
}

/**
 * helmet's defaults (CSP, nosniff, frame and referrer rules…), with HSTS and `upgrade-insecure-requests`
 * only over HTTPS: sent over plain HTTP on a LAN name they make Chromium fetch every asset from an
 * https:// address that does not exist, and the page stays blank.
 */
function securityHeaders(config: AppConfig) {
  const directives = { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:'] };
  const overHttps = helmet({ contentSecurityPolicy: { directives } });
  const overHttp = helmet({ contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': null } }, strictTransportSecurity: false });
  return (req: Request, res: Response, next: NextFunction) => (servedOverHttps(req, config) ? overHttps : overHttp)(req, res, next);
}

/**
 * The built board at `/`, with every non-API path answered by index.html (client-side routes).
 * Hashed assets are cached for a year; index.html, which names them, is revalidated on every load so
 * an upgrade reaches every browser at once.
 */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  // Vite names every file under assets/ by its content hash: a changed file is a new name.
  const hashedAssets = join(webDist, 'assets') + sep;
  app.useStaticAssets(webDist, {
    index: false,
    setHeaders: (res: Response, path: string) => {
      if (path.startsWith(hashedAssets)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else if (path === index) res.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
