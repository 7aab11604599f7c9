import { describe, expect, it } from '@jest/globals';
import type { BoardResponse, Department } from '@rectify/shared';
import { screenshotPath } from '../support/browser.js';
import { useBuiltAppInBrowser } from '../support/fixture.js';
import { signIn } from '../support/session.js';

const fixture = useBuiltAppInBrowser();

describe('the system administrator', () => {
  it('creates a department user, who can then sign in and sees only their department’s board', async () => {
    const admin = fixture.page;
    await signIn(admin, fixture.app.baseUrl, 'admin', '[data-testid="users-table"]');

    await admin.getByRole('button', { name: '新建用户' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('zhaoying');
    await dialog.getByLabel('姓名').fill('赵颖');
    await dialog.getByLabel('角色').click();
    await admin.locator('.ant-select-dropdown:visible').getByText('责任部门', { exact: true }).click();
    // Wait for the role list to close before opening the department list.
    await admin.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await dialog.getByLabel('所属部门').click();
    await admin.keyboard.type('财务审计处');
    await admin.locator('.ant-select-dropdown:visible .ant-select-item-option-active').waitFor();
    await admin.keyboard.press('Enter');
    await dialog.getByLabel('初始密码').fill('zhaoying-2026');
    await admin.screenshot({ path: screenshotPath('admin-create-user') });
    await dialog.getByRole('button', { name: '创建' }).click();

    const row = admin.getByTestId('user-row-zhaoying');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/赵颖[\s\S]*责任部门[\s\S]*财务审计处/);
    await admin.screenshot({ path: screenshotPath('admin-users') });

    const user = await fixture.newPage();
    await user.goto(`${fixture.app.baseUrl}/`);
    await user.getByLabel('用户名').fill('zhaoying');
    await user.getByLabel('密码').fill('zhaoying-2026');
    await user.getByRole('button', { name: '登录' }).click();
    await user.getByTestId('column-found').waitFor();
    expect(await user.getByText('赵颖').first().isVisible()).toBe(true);
    // Only 财务审计处's cards: every card on the board names it (as lead) or involves it (co-operating).
    const response = await user.request.get(`${fixture.app.baseUrl}/api/board?limit=500`);
    const board = (await response.json()) as BoardResponse;
    const cards = board.columns.flatMap((c) => c.items);
    expect(cards.length).toBeGreaterThan(0);
    const finance = ((await (await user.request.get(`${fixture.app.baseUrl}/api/departments`)).json()) as Department[]).find(
      (d) => d.name === '财务审计处',
    )!.id;
    expect(cards.every((c) => c.departmentId === finance || (c.coDepartmentIds ?? []).includes(finance))).toBe(true);
  });
});
