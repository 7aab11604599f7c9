import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type OverdueView } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import ExcelJS from 'exceljs';
import { ItemEntity } from '../src/items/item.entity.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const day = officeDay;
let codes: Record<'late10' | 'late2' | 'soon3' | 'green' | 'closed', string>;

async function item(department: 'policy' | 'finance', deadlineOffset: number, extra: Partial<ItemEntity> = {}) {
  const created = await t.createItem({ departmentId: t.departments[department], leader: '李卫东', owner: '赵颖', rectifyType: 'time_limited' });
  const deadline = day(deadlineOffset);
  await t.dataSource.getRepository(ItemEntity).update({ id: created.id }, { status: 'in_progress', deadline, dueDate: deadline, ...extra });
  return created.code;
}

beforeAll(async () => {
  t = await startTestApp();
  codes = {
    late10: await item('finance', -10, {
      originalDeadline: day(-40),
      deadlineChanges: 2,
      supervisionCount: 2,
      openSupervisionCount: 1,
      lastProgressDate: day(-12),
    }),
    late2: await item('policy', -2),
    soon3: await item('policy', 3),
    green: await item('policy', 30),
    closed: await item('finance', -5, { status: 'closed', signoff: 'approved' }),
  };
});
afterAll(() => t.close());

const get = async (query = '', as: 'leader' | 'inspector' = 'leader'): Promise<OverdueView> => (await t.as[as].get(`/api/overdue${query}`).expect(200)).body;

describe('the overdue audit view', () => {
  it('lists open red and yellow items, most overdue first, with what an inspector asks', async () => {
    const view = await get('', 'inspector');
    expect(view.rows.map((r) => r.code)).toEqual([codes.late10, codes.late2, codes.soon3]);
    expect(view).toMatchObject({ red: 2, yellow: 1, today: day(0) });
    expect(view.rows[0]).toMatchObject({
      level: 'red',
      daysOverdue: 10,
      daysLeft: -10,
      label: '逾期10天',
      departmentName: '财务审计处',
      leader: '李卫东',
      owner: '赵颖',
      deadline: day(-10),
      originalDeadline: day(-40),
      deadlineChanges: 2,
      supervisionCount: 2,
      openSupervisionCount: 1,
      lastProgressDate: day(-12),
    });
    expect(view.rows[2]).toMatchObject({ level: 'yellow', daysOverdue: 0, daysLeft: 3, label: '剩3天' });
  });

  it('filters by department, level and minimum days overdue; sorts by department or deadline', async () => {
    expect((await get(`?department=${t.departments.policy}`)).rows.map((r) => r.code)).toEqual([codes.late2, codes.soon3]);
    expect((await get('?level=yellow')).rows.map((r) => r.code)).toEqual([codes.soon3]);
    expect((await get('?minDaysOverdue=5')).rows.map((r) => r.code)).toEqual([codes.late10]);
    expect((await get('?sort=deadline')).rows.map((r) => r.code)).toEqual([codes.late10, codes.late2, codes.soon3]);
    const byDepartment = (await get('?sort=department')).rows.map((r) => r.departmentName);
    expect(byDepartment).toEqual([...byDepartment].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'zh-CN')));
  });

  it('refuses departments and admins (403) and bad filters (400)', async () => {
    for (const who of ['policyStaff', 'admin'] as const) {
      expect((await t.as[who].get('/api/overdue').expect(403)).body.message).toMatch(/不能查看逾期督查/);
      await t.as[who].get('/api/overdue/export').expect(403);
    }
    expect((await t.leader.get('/api/overdue?level=green').expect(400)).body.message).toMatch(/预警只能是/);
    expect((await t.leader.get('/api/overdue?minDaysOverdue=abc').expect(400)).body.message).toMatch(/最少逾期天数/);
    expect((await t.leader.get('/api/overdue?department=x').expect(400)).body.message).toMatch(/责任部门不存在/);
  });

  it('exports the same rows as .xlsx: Chinese headers, frozen header, dates as dates', async () => {
    const response = await t.as.inspector
      .get('/api/overdue/export')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('逾期督查清单'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('逾期督查清单')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      '序号',
      '编号',
      '问题标题',
      '预警',
      '逾期天数',
      '剩余天数',
      '责任部门',
      '责任领导',
      '责任人',
      '整改时限',
      '原定时限',
      '延期次数',
      '督办次数',
      '未回复督办',
      '最近进展日期',
      '所在列',
    ]);
    expect(sheet.actualRowCount).toBe(4);
    const first = sheet.getRow(2);
    expect([first.getCell(2).value, first.getCell(4).value, first.getCell(5).value, first.getCell(7).value]).toEqual([codes.late10, '红灯', 10, '财务审计处']);
    expect(first.getCell(10).value).toEqual(new Date(`${day(-10)}T00:00:00Z`));
    expect(first.getCell(10).numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(first.getCell(11).value).toEqual(new Date(`${day(-40)}T00:00:00Z`));
    expect(sheet.getRow(4).getCell(6).value).toBe(3);
  });
});
