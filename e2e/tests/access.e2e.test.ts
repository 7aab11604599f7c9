import { beforeEach, describe, expect, it } from '@jest/globals';
import { COLUMN_KEYS, type ItemView } from '@rectify/shared';
import type { Page } from 'playwright-core';
import { dragWithMouse, screenshotPath } from '../support/browser.js';
import { useBuiltAppInBrowser } from '../support/fixture.js';
import { ApiProbe, signIn } from '../support/session.js';

/** Who sees and moves what: the demo accounts in a real browser against the built app. */
const fixture = useBuiltAppInBrowser();
let page: Page;
beforeEach(() => {
  page = fixture.page;
});

const allCards = async (api: ApiProbe) => (await api.board()).columns.flatMap((c) => c.items);

describe('a department user (dept1, 机关党委)', () => {
  it('sees only its own department’s cards and drags one of them', async () => {
    const api = await ApiProbe.signIn(fixture.app.baseUrl, 'dept1');
    const me = await api.get<{ user: { departmentId: string; displayName: string } }>('/api/auth/me');
    const own = await allCards(api);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i) => i.departmentId === me.user.departmentId || (i.coDepartmentIds ?? []).includes(me.user.departmentId))).toBe(true);

    await signIn(page, fixture.app.baseUrl, 'dept1');
    // The columns render before the board's answer; count once the cards are in.
    await page.locator('[data-testid^="card-"]').first().waitFor();
    const shown = await page.locator('[data-testid^="card-"]').count();
    expect(shown).toBe(own.length);

    // Back from 整改中 (or 明确时限) to the column before it: no further data, but a department says why.
    const item = own.find((i) => i.status === 'in_progress') ?? own.find((i) => i.status === 'deadline')!;
    const back = COLUMN_KEYS[COLUMN_KEYS.indexOf(item.status) - 1];
    const source = page.getByTestId(`card-${item.code}`);
    await source.scrollIntoViewIfNeeded();
    await dragWithMouse(page, source, page.getByTestId(`column-${back}`));
    const dialog = page.getByRole('dialog', { name: new RegExp(`将 ${item.code} 退回`) });
    await dialog.getByLabel('退回理由').fill('整改时限需与牵头领导重新商定');
    await page.screenshot({ path: screenshotPath('board-dept1-back-reason') });
    await dialog.getByRole('button', { name: '退回' }).click();
    await page.getByTestId(`column-${back}`).getByTestId(`card-${item.code}`).waitFor();

    const stored = await api.get<ItemView>(`/api/items/${item.id}`);
    expect(stored).toMatchObject({ status: back, version: item.version + 1 });
    const history = await api.get<Array<{ kind: string; actor: string; after: Record<string, unknown> }>>(`/api/items/${item.id}/history`);
    expect(history.at(-1)).toEqual(
      expect.objectContaining({ kind: 'moved', actor: me.user.displayName, after: { status: back, reason: '整改时限需与牵头领导重新商定' } }),
    );
    await page.screenshot({ path: screenshotPath('board-dept1') });
  });
});

describe('a department user answers a 督办单 from 待办', () => {
  it('“去回复” opens the item on its 督办 tab, where the reply form is', async () => {
    await signIn(page, fixture.app.baseUrl, 'dept1');
    await page.goto(`${fixture.app.baseUrl}/todo`);
    await page.getByRole('link', { name: '去回复' }).first().click();
    await page.waitForURL(/tab=supervision/);
    const drawer = page.locator('.item-drawer');
    await drawer.locator('.ant-tabs-tab-active').getByText(/^督办/).waitFor();
    await expect(drawer.locator('.ant-tabs-tab-active').innerText()).resolves.toMatch(/^督办/);
    await page.screenshot({ path: screenshotPath('todo-reply-opens-supervision') });
  });
});

describe('a discipline inspector', () => {
  it('reads every card but cannot drag any, and is told why', async () => {
    const api = await ApiProbe.signIn(fixture.app.baseUrl, 'inspector');
    await signIn(page, fixture.app.baseUrl, 'inspector');
    const notice = page.getByTestId('board-readonly');
    expect(await notice.innerText()).toMatch(/纪检账号不能移动卡片/);
    expect(await page.getByRole('button', { name: '新增问题' }).count()).toBe(0);

    const item = (await api.board()).columns.find((c) => c.key === 'deadline')!.items[0];
    const source = page.getByTestId(`card-${item.code}`);
    await dragWithMouse(page, source, page.getByTestId('column-measures'));
    await page.waitForTimeout(500);
    expect(await page.getByTestId('column-deadline').getByTestId(`card-${item.code}`).count()).toBe(1);
    expect(await api.get<ItemView>(`/api/items/${item.id}`)).toMatchObject({ status: 'deadline', version: item.version });
    await page.screenshot({ path: screenshotPath('board-inspector') });
  });
});
