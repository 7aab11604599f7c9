import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const artifactsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/**
 * Debian's Chromium, headless, with the background services that this closed network refuses turned off.
 * `extraArgs` e.g. `--host-resolver-rules=MAP zgkb.lan 127.0.0.1` to reach the app by an office LAN name.
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

export function screenshotPath(name: string): string {
  return join(artifactsDir, `${name}.png`);
}

/**
 * Drags like a person with a mouse: press, a small move past dnd-kit's activation distance, then
 * move in steps to the target. (locator.dragTo uses HTML5 drag events, which dnd-kit ignores.)
 */
export async function dragWithMouse(page: Page, source: Locator, target: Locator, beforeDrop?: () => Promise<void>): Promise<void> {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 200), { steps: 15 });
  if (beforeDrop) await beforeDrop();
  await page.mouse.up();
}

/**
 * Columns draw only the cards in view: scroll a column, as a person would, until the card with this
 * code is drawn (its next pages load on the way). A card already in view is left where it is.
 */
export async function revealCard(page: Page, column: string, code: string): Promise<Locator> {
  const card = page.getByTestId(`column-${column}`).getByTestId(`card-${code}`);
  const body = page.getByTestId(`column-scroll-${column}`);
  await body.waitFor();
  if ((await card.count()) === 0) await body.evaluate((element) => element.scrollTo({ top: 0 }));
  for (let turn = 0; turn < 200 && (await card.count()) === 0; turn++) {
    await body.evaluate((element) => element.scrollBy({ top: element.clientHeight * 0.7 }));
    await page.waitForTimeout(50);
  }
  await card.scrollIntoViewIfNeeded();
  return card;
}
