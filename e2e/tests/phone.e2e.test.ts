import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemView } from '@rectify/shared';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { revealCard, screenshotPath } from '../support/browser.js';
import { useBuiltAppInBrowser } from '../support/fixture.js';
import { ApiProbe, signIn } from '../support/session.js';

/**
 * Departments report progress from their phones: the board, 待办, the item drawer and the 销号/延期
 * dialogs at 390 px (an iPhone 14, 390×844, touch), with the desktop beside it for the screenshots.
 */
const fixture = useBuiltAppInBrowser();
const PHONE_WIDTH = 390;
let contexts: BrowserContext[] = [];
/** An ordinary card 机关党委 (dept1) leads in 整改中: time-limited, nothing pending. */
let item: ItemView;

beforeAll(async () => {
  const dept1 = await ApiProbe.signIn(fixture.app.baseUrl, 'dept1');
  const me = await dept1.get<{ user: { departmentId: string } }>('/api/auth/me');
  item = (await dept1.items('in_progress')).find(
    (i) => i.departmentId === me.user.departmentId && i.rectifyType === 'time_limited' && !i.extension && !i.reviewRequirement && !!i.deadline,
  )!;
  expect(item).toBeDefined();
});
afterEach(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  contexts = [];
});

async function onPhone(username: string): Promise<Page> {
  const context = await fixture.browser.newContext({
    viewport: { width: PHONE_WIDTH, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, fixture.app.baseUrl, username);
  return page;
}

async function onDesktop(username: string): Promise<Page> {
  const page = await fixture.newPage();
  await signIn(page, fixture.app.baseUrl, username);
  return page;
}

/** The header's 待办 and 消息 load once the board is drawn. */
async function headerLoaded(page: Page): Promise<void> {
  await page
    .locator('header')
    .getByRole('button', { name: /消息提醒/ })
    .waitFor();
  await page.locator('header .ant-badge-count').first().waitFor();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_WIDTH);
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The title's text and every visible button and link in the page header, as drawn. */
async function headerLayout(page: Page): Promise<{ title: Box; controls: Array<{ name: string; box: Box }> }> {
  return page.locator('header.board-header').evaluate((header) => {
    const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const range = document.createRange();
    range.selectNodeContents(header.querySelector('.board-title')!);
    const controls = [...header.querySelectorAll('button, a')]
      .filter((el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().width > 0)
      .map((el) => ({ name: (el.textContent ?? '').trim() || (el.getAttribute('aria-label') ?? ''), box: box(el.getBoundingClientRect()) }));
    return { title: box(range.getBoundingClientRect()), controls };
  });
}

/** Each count badge in the header: inside the screen, and what is drawn at its centre is the badge itself. */
async function headerBadges(page: Page): Promise<Array<{ text: string; box: Box; onTop: boolean }>> {
  return page.locator('header.board-header .ant-badge-count').evaluateAll((badges) =>
    badges
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        // Clipped by an ancestor's overflow (or covered), the point hits something else.
        return { text: el.textContent ?? '', box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom }, onTop: !!hit && el.contains(hit) };
      }),
  );
}

function expectInside(box: Box, width = PHONE_WIDTH): void {
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(width);
}

describe('on a phone, 390 px wide', () => {
  it('the board: the title is not covered, the badges show whole, the page does not scroll sideways, the columns do', async () => {
    const page = await onPhone('leader');
    await headerLoaded(page);
    await expectNoSidewaysScroll(page);

    const { title, controls } = await headerLayout(page);
    expectInside(title);
    expect(controls.filter((c) => overlaps(c.box, title)).map((c) => c.name)).toEqual([]);
    for (const control of controls) expectInside(control.box);

    const badges = await headerBadges(page);
    expect(badges.length).toBeGreaterThanOrEqual(2); // 待办 and 消息 (the demo leader has both)
    for (const badge of badges) {
      expectInside(badge.box);
      expect(badge.box.top).toBeGreaterThanOrEqual(0);
      expect(badge.onTop).toBe(true);
    }

    // A column fills most of the screen; the others are reached by scrolling the board, not the page.
    const column = await page.getByTestId('column-found').boundingBox();
    expect(column!.width).toBeGreaterThanOrEqual(300);
    const board = await page.locator('.board-columns').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(board.scroll).toBeGreaterThan(board.client);
    await page.screenshot({ path: screenshotPath('phone-390-board') });

    // 消息 opens its list on the screen, not off its left edge.
    await page.getByRole('button', { name: /消息提醒/ }).tap();
    const list = page.locator('.ant-popover').filter({ hasText: '消息提醒' });
    await list.waitFor();
    await page.waitForTimeout(300);
    expectInside((await list.evaluate((el) => el.getBoundingClientRect().toJSON())) as Box);
    await page.screenshot({ path: screenshotPath('phone-390-notifications') });
    await page.getByRole('button', { name: /消息提醒/ }).tap();
    await list.waitFor({ state: 'hidden' });

    // The rest of the header (统计分析, 台账, 新增问题, the user) opens under 更多, still within the screen.
    await page.getByRole('button', { name: '更多' }).tap();
    await page.locator('header').getByRole('button', { name: '新增问题' }).waitFor();
    await expectNoSidewaysScroll(page);
    const opened = await headerLayout(page);
    expect(opened.controls.filter((c) => overlaps(c.box, opened.title)).map((c) => c.name)).toEqual([]);
    for (const control of opened.controls) expectInside(control.box);
    await page.screenshot({ path: screenshotPath('phone-390-board-more') });
  });

  it('待办: each entry reads whole, its values have room, and its link is in view', async () => {
    const leader = await ApiProbe.signIn(fixture.app.baseUrl, 'leader');
    const worklist = await leader.get<{ entries: Array<{ kind: string; item: ItemView }> }>('/api/worklist');
    const waiting = worklist.entries.filter((e) => e.kind === 'signoff_review').map((e) => e.item);
    expect(waiting.length).toBeGreaterThan(0);

    const page = await onPhone('leader');
    await page.goto(`${fixture.app.baseUrl}/todo`);
    const section = page.getByRole('region', { name: '销号申请待审核' });
    await section.getByText(waiting[0].title, { exact: true }).first().waitFor();
    await expectNoSidewaysScroll(page);
    const { title, controls } = await headerLayout(page);
    expect(controls.filter((c) => overlaps(c.box, title)).map((c) => c.name)).toEqual([]);

    for (const item of waiting) {
      // The whole 问题, on screen and not cut off.
      const text = section.getByText(item.title, { exact: true }).first();
      const shown = await text.evaluate((el) => ({ ...el.getBoundingClientRect().toJSON(), cut: el.scrollWidth > el.clientWidth }));
      expectInside(shown as Box);
      expect(shown.cut).toBe(false);
    }
    // Every value has room for a line of Chinese (today's table gave each column one character).
    const values = await page
      .locator('.worklist-section')
      .evaluateAll((sections) => sections.flatMap((s) => [...s.querySelectorAll('td, dd')].map((cell) => cell.getBoundingClientRect().width)));
    expect(values.length).toBeGreaterThan(0);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(200);
    // What to do with an entry is in view.
    const link = section.getByRole('link', { name: '去审核' }).first();
    expectInside((await link.evaluate((el) => el.getBoundingClientRect().toJSON())) as Box);
    await page.screenshot({ path: screenshotPath('phone-390-todo'), fullPage: true });
  });

  it('a department taps a card: the drawer fills the screen and takes a 进展 entry', async () => {
    const page = await onPhone('dept1');
    await headerLoaded(page);
    const card = await revealCard(page, 'in_progress', item.code);
    await card.tap();
    const drawer = page.locator('.item-drawer');
    await drawer.getByRole('tab', { name: '详细信息' }).waitFor();
    await expectNoSidewaysScroll(page);
    const body = await drawer
      .locator('.ant-drawer-body')
      .evaluate((el) => ({ ...el.getBoundingClientRect().toJSON(), scroll: el.scrollWidth, client: el.clientWidth }));
    expect(body.left).toBe(0);
    expect(body.right).toBe(PHONE_WIDTH);
    expect(body.scroll).toBeLessThanOrEqual(body.client);
    await page.screenshot({ path: screenshotPath('phone-390-drawer') });

    await drawer.getByRole('tab', { name: '整改进展' }).tap();
    const text = drawer.getByLabel('进展情况');
    await text.waitFor();
    // The text gets the drawer's width, not a sliver beside the date.
    expect((await text.boundingBox())!.width).toBeGreaterThanOrEqual(300);
    await text.fill('手机上报：已召开专题会议部署整改，完成制度修订1项。');
    await drawer.getByRole('button', { name: '记录进展' }).tap();
    await drawer.getByText('手机上报：已召开专题会议部署整改，完成制度修订1项。').waitFor();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: screenshotPath('phone-390-drawer-progress') });

    // The edit form, one field a row, nothing beyond the drawer's edge.
    await drawer.getByRole('button', { name: '编辑' }).tap();
    await drawer.getByRole('button', { name: '取消' }).waitFor();
    const form = await drawer.locator('.ant-drawer-body').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(form.scroll).toBeLessThanOrEqual(form.client);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: screenshotPath('phone-390-drawer-edit') });
  });

  it('the 申请延期 and 申请销号 dialogs fit the screen', async () => {
    const page = await onPhone('dept1');
    await headerLoaded(page);
    const card = await revealCard(page, 'in_progress', item.code);
    await card.tap();
    const drawer = page.locator('.item-drawer');
    await drawer.getByRole('button', { name: '申请延期' }).tap();
    const extension = page.getByRole('dialog', { name: '申请延期' });
    await extension.getByLabel('延期理由').waitFor();
    await expectDialogFits(page, extension);
    await page.screenshot({ path: screenshotPath('phone-390-extension-dialog') });
    await extension.getByRole('button', { name: '取消' }).tap();
    await extension.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // 销号 is applied for by moving the card; on a phone through its "移至…" menu.
    await card.getByRole('button', { name: '移至其他列' }).tap();
    await page.getByRole('menuitem', { name: /^销号/ }).tap();
    const apply = page.getByRole('dialog', { name: /申请销号/ });
    await apply.locator('[data-gate-field]').first().waitFor();
    await expectDialogFits(page, apply);
    await page.screenshot({ path: screenshotPath('phone-390-signoff-dialog') });
  });

  it('the leader reviews a 销号 application from 待办 on a phone: the dialog fits', async () => {
    const page = await onPhone('leader');
    await page.goto(`${fixture.app.baseUrl}/todo`);
    await page.getByRole('region', { name: '销号申请待审核' }).getByRole('link', { name: '去审核' }).first().tap();
    await page.locator('.item-drawer').getByRole('button', { name: '审核销号' }).tap();
    const review = page.getByRole('dialog', { name: /审核销号/ });
    await review.getByText('审核结论').waitFor();
    await expectDialogFits(page, review);
    await page.screenshot({ path: screenshotPath('phone-390-review-dialog') });
  });
});

async function expectDialogFits(page: Page, dialog: Locator): Promise<void> {
  await page.waitForTimeout(400); // the opening animation
  const box = await dialog.evaluate((el) => ({ ...el.getBoundingClientRect().toJSON(), scroll: el.scrollWidth, client: el.clientWidth }));
  expectInside(box as Box);
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  await expectNoSidewaysScroll(page);
}

describe('at 1440 px', () => {
  it('the board, 待办 and the drawer, for the screenshots; the title stays clear of the buttons', async () => {
    const page = await onDesktop('leader');
    await headerLoaded(page);
    const { title, controls } = await headerLayout(page);
    expect(controls.filter((c) => overlaps(c.box, title)).map((c) => c.name)).toEqual([]);
    await page.screenshot({ path: screenshotPath('desktop-1440-board') });

    await (await revealCard(page, 'in_progress', item.code)).click();
    await page.locator('.item-drawer').getByRole('tab', { name: '详细信息' }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('desktop-1440-drawer') });

    await page.goto(`${fixture.app.baseUrl}/todo`);
    await page.getByRole('region', { name: '销号申请待审核' }).getByRole('row').nth(1).waitFor();
    await page.screenshot({ path: screenshotPath('desktop-1440-todo'), fullPage: true });
  });
});

/** What antd and recharts write for screen readers in English when nobody gives them Chinese. */
const ENGLISH_LABELS = [/Select all/, /Select row/, /Row \d+ selected/, /Increase Value/, /Decrease Value/, /legend icon/, /Custom selection/];
/** An icon's English name read before a control's Chinese one ("bar-chart 统计分析"), or alone ("img down"). */
const ICON_NAME = /(?:button|link|menuitem|tab|img) "[a-z]+(?:-[a-z]+)*(?: |")/;

describe('for screen readers, in Chinese', () => {
  const pages = [
    { path: '/', title: '看板 - 整改看板', ready: '[data-testid="column-found"]' },
    { path: '/todo', title: '待办 - 整改看板', ready: '.worklist-section' },
    { path: '/overdue', title: '逾期督查 - 整改看板', ready: '.ant-table-row' },
    { path: '/dashboard', title: '统计分析 - 整改看板', ready: '.chart-legend, .recharts-legend-wrapper' },
    { path: '/reports/problems-and-causes', title: '存在的问题及原因 - 整改看板', ready: '[data-testid="report-candidates"] .ant-table-row' },
  ];

  it('the main pages and the drawer read no English labels', async () => {
    const page = await onDesktop('leader');
    await headerLoaded(page);
    const found: string[] = [];
    for (const { path, ready } of pages) {
      await page.goto(`${fixture.app.baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(300);
      found.push(...englishIn(path, await page.locator('body').ariaSnapshot()));
    }
    await page.goto(`${fixture.app.baseUrl}/?item=${item.id}`);
    await page.locator('.item-drawer').getByRole('tab', { name: '详细信息' }).waitFor();
    found.push(...englishIn('drawer', await page.locator('body').ariaSnapshot()));
    expect(found).toEqual([]);
  });

  it('every page has its own title', async () => {
    const page = await onDesktop('leader');
    const titles: string[] = [];
    for (const { path, ready } of pages) {
      await page.goto(`${fixture.app.baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      titles.push(await page.title());
    }
    expect(titles).toEqual(pages.map((p) => p.title));

    const other = await fixture.newPage();
    await other.goto(`${fixture.app.baseUrl}/login`);
    await other.getByLabel('用户名').waitFor();
    expect(await other.title()).toBe('登录 - 整改看板');
    await signIn(other, fixture.app.baseUrl, 'admin', '.console-page');
    await other.getByRole('heading', { name: '用户管理' }).or(other.locator('.console-nav')).first().waitFor();
    expect(await other.title()).toMatch(/^(用户管理|系统管理) - 整改看板$/);
  });
});

function englishIn(where: string, snapshot: string): string[] {
  return snapshot
    .split('\n')
    .filter((line) => ENGLISH_LABELS.some((pattern) => pattern.test(line)) || ICON_NAME.test(line))
    .map((line) => `${where}: ${line.trim()}`);
}
