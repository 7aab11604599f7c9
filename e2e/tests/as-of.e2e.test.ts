import { beforeEach, describe, expect, it } from '@jest/globals';
import { officeToday, type BoardResponse, type ItemView } from '@rectify/shared';
import type { Page } from 'playwright-core';
import { dragWithMouse, screenshotPath } from '../support/browser.js';
import { useBuiltAppInBrowser } from '../support/fixture.js';
import { ApiProbe, signIn } from '../support/session.js';

/** 查看某日状态: the board as it stood on a past day, read-only, from the demo data's history. */
const fixture = useBuiltAppInBrowser();
let page: Page;
beforeEach(() => {
  page = fixture.page;
});

/** A week ago in the office's time zone, and how the banner writes it. */
const today = officeToday(new Date());
const [y, m, d] = today.split('-').map(Number);
const past = new Date(Date.UTC(y, m - 1, d - 7)).toISOString().slice(0, 10);
const pastChinese = `${Number(past.slice(0, 4))}年${Number(past.slice(5, 7))}月${Number(past.slice(8, 10))}日`;

/** Opens the header's date control and picks `day` in its calendar, as a person would. */
async function pickDay(day: string): Promise<void> {
  await page.getByLabel('查看某日状态').click();
  const cell = page.locator(`.ant-picker-dropdown td[title="${day}"]`);
  if ((await cell.count()) === 0) await page.locator('.ant-picker-dropdown .ant-picker-header-prev-btn').click();
  await cell.click();
}

describe('查看某日状态', () => {
  it('a 纪检 user picks a past date, sees the banner and the board of that day, and cannot drag a card', async () => {
    const api = await ApiProbe.signIn(fixture.app.baseUrl, 'inspector');
    await signIn(page, fixture.app.baseUrl, 'inspector');
    await pickDay(past);
    const banner = page.getByTestId('as-of-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(`正在查看${pastChinese}的看板（只读）`);
    expect(page.url()).toContain(`asOf=${past}`);

    // The cards on screen are the ones the as-of answer holds.
    const then = await api.get<BoardResponse>(`/api/board?asOf=${past}`);
    const card = then.columns.flatMap((c) => c.items).find((c) => c.status !== 'closed')!;
    const shown = page.getByTestId(`card-${card.code}`);
    await shown.waitFor();
    const before = await api.get<ItemView>(`/api/items/${card.id}`);
    await dragWithMouse(page, shown, page.getByTestId(card.status === 'found' ? 'column-measures' : 'column-found'));
    await page.waitForTimeout(500);
    expect(await page.getByTestId(`column-${card.status}`).getByTestId(`card-${card.code}`).count()).toBe(1);
    expect((await api.get<ItemView>(`/api/items/${card.id}`)).version).toBe(before.version);
    await page.screenshot({ path: screenshotPath('as-of-board-inspector'), fullPage: false });

    // The link is shareable: the same URL opens the same day; 回到今天 goes back to the live board.
    await page.goto(`${fixture.app.baseUrl}/?asOf=${past}`);
    await banner.waitFor();
    await page.getByRole('button', { name: '回到今天' }).click();
    await page.waitForFunction(() => !location.search.includes('asOf'));
    // The banner goes once the live board has rendered (it may outlive the URL change by a frame).
    await banner.waitFor({ state: 'detached' });
    expect(await banner.count()).toBe(0);
    expect(await page.getByText('（只读）').count()).toBe(0);
  });

  it('a leader, who may drag today, cannot drag on a past day: the card stays and nothing is written', async () => {
    const api = await ApiProbe.signIn(fixture.app.baseUrl, 'leader');
    await signIn(page, fixture.app.baseUrl, 'leader');
    await page.goto(`${fixture.app.baseUrl}/?asOf=${past}`);
    await page.getByTestId('as-of-banner').waitFor();
    const then = await api.get<BoardResponse>(`/api/board?asOf=${past}`);
    const card = then.columns.find((c) => c.key === 'measures')!.items[0] ?? then.columns.find((c) => c.key === 'found')!.items[0];
    const shown = page.getByTestId(`card-${card.code}`);
    await shown.waitFor();
    const before = await api.get<ItemView>(`/api/items/${card.id}`);
    await dragWithMouse(page, shown, page.getByTestId('column-deadline'));
    await page.waitForTimeout(500);
    expect(await page.getByTestId(`column-${card.status}`).getByTestId(`card-${card.code}`).count()).toBe(1);
    expect((await api.get<ItemView>(`/api/items/${card.id}`)).version).toBe(before.version);
    expect(await page.getByRole('button', { name: '新增问题' }).count()).toBe(0);

    // The 台账 of that day can be exported (not imported): the file says the day in its name.
    expect(await page.getByRole('button', { name: '导入台账' }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出该日台账' }).click()]);
    expect(download.suggestedFilename()).toContain(`（截至${past}）`);
  });

  it('compares the past day with today', async () => {
    await signIn(page, fixture.app.baseUrl, 'inspector');
    await page.goto(`${fixture.app.baseUrl}/compare?from=${past}&to=${today}`);
    await page.getByTestId('compare-totals').waitFor();
    expect(await page.getByTestId('compare-totals').innerText()).toMatch(/新增 \d+ 条/);
    await page.screenshot({ path: screenshotPath('as-of-compare'), fullPage: true });
  });
});
