import { beforeAll, describe, expect, it } from '@jest/globals';
import type { BoardResponse, Department, ItemView } from '@rectify/shared';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { artifactsDir, screenshotPath } from '../support/browser.js';
import { useBuiltAppInBrowser } from '../support/fixture.js';
import { ApiProbe, signIn } from '../support/session.js';

/** The messy 台账 the API tests use, from the built api (api/src/bench/messy-ledger.ts). */
interface MessyLedger {
  messyLedgerXlsx(count?: number): Promise<Buffer>;
  messyLedgerDocx(count?: number): Promise<Buffer>;
}
const messy = (await import(pathToFileURL(resolve(dirname(fileURLToPath(import.meta.url)), '../../api/dist/bench/messy-ledger.js')).href)) as MessyLedger;

const fixture = useBuiltAppInBrowser();
let api: ApiProbe;

beforeAll(async () => {
  api = await ApiProbe.signIn(fixture.app.baseUrl, 'leader');
});

describe('导入台账 wizard: an office’s own 台账 as it is', () => {
  it('upload → 对应列 → 对应值 → 预检 → 导入, accepting every suggestion', async () => {
    const page = fixture.page;
    await signIn(page, fixture.app.baseUrl, 'leader');
    await page.setViewportSize({ width: 1280, height: 900 });
    const path = `${artifactsDir}/单位自己的台账.xlsx`;
    await writeFile(path, await messy.messyLedgerXlsx());

    await page.getByRole('button', { name: '导入台账' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('点击选择或将 .xlsx / .docx 文件拖到此处').waitFor();
    // The modal's opening animation has ended.
    await page.waitForFunction(() => !document.querySelector('.import-ledger-modal[class*="zoom"], .import-ledger-modal [class*="zoom-appear"]'));
    await page.screenshot({ path: screenshotPath('import-wizard-1-upload') });
    await page.locator('.import-ledger-modal input[type="file"]').setInputFiles(path);

    // 对应列: suggestions preselected, samples shown.
    const columns = page.getByTestId('import-columns');
    await columns.waitFor();
    await expect(dialog.getByText('「问题清单」，表头在第3行').isVisible()).resolves.toBe(true);
    const rowOf = (header: string) => columns.locator('tbody tr.ant-table-row', { hasText: header });
    await expect(rowOf('原因类型').innerText()).resolves.toMatch(/原因分析维度/);
    await expect(rowOf('整改进展').innerText()).resolves.toMatch(/整改进展（新问题记为第一条进展）/);
    await expect(rowOf('联系人').innerText()).resolves.toMatch(/不导入/);
    await expect(rowOf('存在问题').innerText()).resolves.toMatch(/党支部“三会一课”记录不规范/);
    await page.screenshot({ path: screenshotPath('import-wizard-2-columns') });
    await dialog.getByRole('button', { name: '下一步' }).click();

    // 对应值: each unknown value with its suggestion and the rows it affects.
    const values = page.getByTestId('import-values');
    await values.waitFor();
    const valueRow = (value: string) => values.locator('tbody tr.ant-table-row', { hasText: value });
    await expect(valueRow('市委第二巡察组反馈').innerText()).resolves.toMatch(/3[\s\S]*对应到已有[\s\S]*巡察反馈/);
    await expect(valueRow('政务服务处').innerText()).resolves.toMatch(/新建[\s\S]*将新建责任部门「政务服务处」/);
    await expect(valueRow('机关党委').innerText()).resolves.toMatch(/机关党委（人事处）/);
    await page.screenshot({ path: screenshotPath('import-wizard-3-values') });
    await dialog.getByRole('button', { name: '下一步：预检' }).click();

    // 预检: clean, 8 new rows; the 长期坚持 row marked 已销号 is a 提醒, not an error.
    await page.getByTestId('import-preview').waitFor();
    await expect(dialog.getByText('预检通过：将新增 8 条。').isVisible()).resolves.toBe(true);
    await expect(dialog.getByRole('tab', { name: /提醒/ }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('import-wizard-4-preview') });
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.getByText('导入完成').waitFor();
    await page.screenshot({ path: screenshotPath('import-wizard-5-done') });

    const departments = await api.get<Department[]>('/api/departments');
    expect(departments.map((d) => d.name)).toEqual(expect.arrayContaining(['政务服务处', '规划发展科']));
    const board = await api.get<BoardResponse>('/api/board?limit=500&q=' + encodeURIComponent('公务接待标准执行不严'));
    // Board cards are slim: the whole items carry the batch and how they were closed.
    const items = await Promise.all(board.columns.flatMap((c) => c.items).map((card) => api.get<ItemView>(`/api/items/${card.id}`)));
    const closed = items.find((i) => i.batch === '省委巡视组反馈意见');
    expect(closed).toMatchObject({ status: 'closed', signoff: 'approved', closedVia: 'ledger', source: '巡视反馈' });

    // The card shows it was imported as closed history.
    await dialog.getByRole('button', { name: '完成' }).click();
    await page.goto(`${fixture.app.baseUrl}/?q=${encodeURIComponent('公务接待标准执行不严')}`);
    await page.getByTestId('column-closed').getByText('台账导入已销号').first().waitFor();
    await page.screenshot({ path: screenshotPath('import-wizard-6-card') });
  });

  it('a Word 整改方案 goes through the same steps to a clean preview', async () => {
    const page = fixture.page;
    await signIn(page, fixture.app.baseUrl, 'leader');
    const path = `${artifactsDir}/整改方案.docx`;
    await writeFile(path, await messy.messyLedgerDocx());
    await page.getByRole('button', { name: '导入台账' }).click();
    const dialog = page.getByRole('dialog');
    await page.locator('.import-ledger-modal input[type="file"]').setInputFiles(path);
    await page.getByTestId('import-columns').waitFor();
    await expect(dialog.getByText('「Word 文档第2个表格」，表头在第2行').isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: '下一步' }).click();
    await page.getByTestId('import-values').waitFor();
    await dialog.getByRole('button', { name: '下一步：预检' }).click();
    await page.getByTestId('import-preview').waitFor();
    // The same problems were imported by the test before: the rows are new again (no 编号), with warnings.
    await expect(dialog.getByText(/^预检通过：将新增 8 条/).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('import-wizard-docx-preview') });
  });
});
