import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBuiltApp, type RunningApp, type StartOptions } from './app-server.js';
import { launchBrowser } from './browser.js';

export interface BrowserFixture {
  readonly app: RunningApp;
  readonly browser: Browser;
  /** A fresh browser context (own cookies) per test, 1440×900, zh-CN. */
  readonly page: Page;
  newPage(): Promise<Page>;
}

/**
 * For one test file: the built app on a fresh demo database and one Chromium, and a clean page for
 * every test. Read the fields inside tests (they are filled in by the hooks).
 */
export function useBuiltAppInBrowser(options: StartOptions & { browserArgs?: string[] } = {}): BrowserFixture {
  let app: RunningApp;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let page: Page;

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    app = await startBuiltApp(options);
    browser = await launchBrowser(options.browserArgs);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  beforeEach(async () => {
    page = await newPage();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
  });

  return {
    get app() {
      return app;
    },
    get browser() {
      return browser;
    },
    get page() {
      return page;
    },
    newPage,
  };
}
