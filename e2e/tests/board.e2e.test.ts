import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { checkCardMove, missingFields, type BoardCard, type ColumnKey } from '@rectify/shared';
import type { Page } from 'playwright-core';
import { dragWithMouse, screenshotPath } from '../support/browser.js';
import { useBuiltAppInBrowser } from '../support/fixture.js';
import { ApiProbe, signIn } from '../support/session.js';

/** The built app on a fresh demo database, signed in as the demo leader, in Debian's Chromium. */
const fixture = useBuiltAppInBrowser();
let api: ApiProbe;
let page: Page;

beforeAll(async () => {
  api = await ApiProbe.signIn(fixture.app.baseUrl, 'leader');
});
beforeEach(async () => {
  page = fixture.page;
  await signIn(page, fixture.app.baseUrl, 'leader');
});

const column = (key: ColumnKey) => page.getByTestId(`column-${key}`);
const card = (item: Pick<BoardCard, 'code'>) => page.getByTestId(`card-${item.code}`);
const cardsOf = async (key: ColumnKey) => (await api.board()).columns.find((c) => c.key === key)!.items;

describe('the board in a browser', () => {
  it('shows the five columns with their counts', async () => {
    const board = await api.board();
    for (const { key, title, total } of board.columns) {
      await expect(
        column(key)
          .getByRole('heading', { name: title })
          .or(column(key).getByText(title, { exact: true }))
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      expect(await page.getByTestId(`column-count-${key}`).innerText()).toBe(String(total));
    }
    await page.screenshot({ path: screenshotPath('board-leader'), fullPage: false });
  });

  it('a card dragged with the mouse onto a gated column asks for exactly the missing data, then lands and stays', async () => {
    const item = (await cardsOf('found')).find((i) => !i.departmentId && i.unmet?.includes('leader'))!;
    const expectedFields = missingFields(checkCardMove(item, 'measures'));
    expect(expectedFields).toEqual(['measures', 'departmentId', 'leader']);

    await card(item).scrollIntoViewIfNeeded();
    await dragWithMouse(page, card(item), column('measures'));

    const dialog = page.getByRole('dialog');
    await dialog.getByText('移入「制定措施」', { exact: false }).first().waitFor();
    // The form loads the whole item first, then asks for what the gate misses.
    await dialog.locator('[data-gate-field]').first().waitFor();
    // The form shows its fields once the whole item has loaded (board cards are slim).
    await dialog.locator('[data-gate-field]').first().waitFor();
    const asked = await dialog.locator('[data-gate-field]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-gate-field')));
    expect(asked).toEqual(expectedFields);

    await dialog.locator('[data-gate-field="measures"] textarea').first().fill('组织开展专题学习研讨，逐条对照问题制定整改清单');
    // Pick the department by typing into the searchable select, as a clerk in a hurry does.
    await dialog.locator('[data-gate-field="departmentId"] .ant-select').click();
    await page.keyboard.type('政策法规处');
    await page.locator('.ant-select-dropdown .ant-select-item-option-active').waitFor();
    await page.keyboard.press('Enter');
    await dialog.locator('[data-gate-field="leader"] input').fill('李卫东（党组成员、副主任）');
    await page.screenshot({ path: screenshotPath('supplement-form') });
    await dialog.getByRole('button', { name: '保存并移入「制定措施」' }).click();

    await column('measures').getByTestId(`card-${item.code}`).waitFor();
    await expect(api.item(item.id)).resolves.toMatchObject({ status: 'measures', departmentName: '政策法规处', leader: '李卫东（党组成员、副主任）' });

    await page.reload();
    await column('measures').getByTestId(`card-${item.code}`).waitFor();
    expect(await column('found').getByTestId(`card-${item.code}`).count()).toBe(0);
  });

  it('a forbidden drop is refused with its reason and the card stays where it was', async () => {
    const item = (await cardsOf('closed'))[0];
    await card(item).scrollIntoViewIfNeeded();
    await dragWithMouse(page, card(item), column('in_progress'), async () => {
      // While dragging, the column the card may not enter is dimmed and says why.
      await page.locator('[data-testid="column-in_progress"][data-column-blocked="true"]').waitFor();
      expect(await page.getByTestId('column-reason-in_progress').innerText()).toMatch(/回头看/);
      await page.screenshot({ path: screenshotPath('forbidden-drag') });
    });
    await page
      .locator('.ant-message')
      .getByText(/销号列的事项不能拖出/)
      .waitFor();
    await column('closed').getByTestId(`card-${item.code}`).waitFor();
    await expect(api.item(item.id)).resolves.toMatchObject({ status: 'closed', version: item.version });
  });

  it('moves a card with the keyboard alone: pick up, jump a column, drop', async () => {
    const item = (await cardsOf('deadline'))[0];
    await card(item).scrollIntoViewIfNeeded();
    await card(item).focus();
    const pause = () => page.waitForTimeout(200);
    await page.keyboard.press('Space');
    await pause();
    await page.keyboard.press('ArrowLeft');
    await pause();
    await page.keyboard.press('Space');

    await column('measures').getByTestId(`card-${item.code}`).waitFor();
    await expect(api.item(item.id)).resolves.toMatchObject({ status: 'measures', version: item.version + 1 });
    // The move was announced to screen readers in Chinese.
    expect(await page.locator('[id^="DndLiveRegion"]').innerText()).toMatch(/「制定措施」/);
  });

  it('reaches a card far down a long column by scrolling: only the cards in view are in the page, the rest load as it scrolls', async () => {
    for (let i = 1; i <= 130; i++) {
      await api.post('/api/items', {
        title: `长列测试事项（${i}）`,
        description: '用于检验长列滚动',
        source: '巡察反馈',
        batch: '测试批次',
        scope: 'team',
        category: '作风建设',
      });
    }
    const found = (await api.board()).columns.find((c) => c.key === 'found')!;
    expect(found.total).toBeGreaterThan(130);
    const last = found.items[found.items.length - 1];
    await page.reload();
    await column('found').getByTestId(`card-${found.items[0].code}`).waitFor();
    expect(await page.getByTestId(`column-count-found`).innerText()).toBe(String(found.total));
    // Virtualised: a handful of cards in the page, not the whole column.
    expect(await column('found').locator('.board-card').count()).toBeLessThan(40);
    expect(await card(last).count()).toBe(0);

    // Scroll with the mouse wheel, as a leader scanning the column does; further pages load on the way.
    const box = (await page.getByTestId('column-scroll-found').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let turn = 0; turn < 200 && (await card(last).count()) === 0; turn++) {
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(50);
    }
    await card(last).waitFor();
    expect(await card(last).isVisible()).toBe(true);
    expect(await column('found').locator('.board-card').count()).toBeLessThan(40);
    await page.screenshot({ path: screenshotPath('long-column-scrolled') });

    // The far card still opens and moves like any other: by keyboard, one column on.
    await card(last).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
    await page.keyboard.press('Space');
    // 制定措施 asks for measures first: the 补充信息 form names them.
    await page.getByRole('dialog').getByText('移入「制定措施」', { exact: false }).first().waitFor();
  });
});
