import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type CreateItemInput, type ItemView, type ProblemsAndCausesResponse } from '@rectify/shared';
import { officeDay } from '@rectify/shared/testing';
import { addDays, format, parseISO } from 'date-fns';
import JSZip from 'jszip';
import type request from 'supertest';
import { startTestApp, type ApiClient, type TestApp } from './test-app.js';

let t: TestApp;
const today = () => officeDay();
const dayFromToday = (offset: number) => format(addDays(parseISO(today()), offset), 'yyyy-MM-dd');

/** Registers an item with everything the 销号 gate asks for, and closes it. */
async function closedItem(fields: Partial<CreateItemInput>): Promise<ItemView> {
  const item = await t.createItem({
    measures: [{ content: '逐项对照整改' }],
    leader: '李卫东',
    rectifyType: 'time_limited',
    deadline: dayFromToday(-3),
    owner: '王蕾',
    completion: '已整改到位',
    ...fields,
  });
  await t.recordEvidence(item.id);
  return t.signOff(item);
}

let closed: Record<'meetings' | 'reimbursement' | 'survey', ItemView>;

beforeAll(async () => {
  t = await startTestApp();
  closed = {
    meetings: await closedItem({
      title: '会议文件过多过滥',
      description: '巡察发现，2025年以委名义印发要求县区报送材料的通知达63件，部分报表重复报送、多头报送。',
      category: '作风建设',
      departmentId: t.departments.policy,
      causeAnalysis: '政绩观有偏差，习惯以基层报材料代替深入一线，对为基层减负的要求认识不深。',
      causeTags: ['宗旨意识'],
    }),
    reimbursement: await closedItem({
      title: '财务报销审核把关不严',
      description: '审计发现以加班误餐费名义发放补助2.16万元，缺乏考勤和加班审批依据。',
      source: '审计',
      batch: '市审计局2025年度预算执行审计',
      category: '纪律建设',
      departmentId: t.departments.finance,
      causeAnalysis: '纪律规矩意识不强，存在“历年惯例如此”的错误认识；财务审核只看单据、不核考勤，日常监督机制缺失。',
      causeTags: ['纪律规矩', '工作机制'],
    }),
    survey: await closedItem({
      title: '本人调研走过场',
      description: '本人开展调查研究走马观花，2025年到基层调研4次均未形成调研报告。',
      source: '民主生活会',
      batch: '2025年度民主生活会',
      scope: 'individual',
      person: '张明（党组成员、副主任）',
      category: '作风建设',
      departmentId: t.departments.policy,
      causeAnalysis: '本人宗旨意识有所淡化，深入基层、深入群众的自觉性不强。',
      causeTags: ['宗旨意识'],
    }),
  };
  // Open items count in the total, not in 销号, and never feed the problems.
  await t.createItem({ title: '理论学习不够深入', category: '思想建设', departmentId: t.departments.finance });
  await t.createItem({
    title: '个人学习笔记不全',
    source: '民主生活会',
    scope: 'individual',
    person: '李强',
    category: '思想建设',
    departmentId: t.departments.office,
  });
});
afterAll(() => t.close());

const report = async (client: ApiClient, query = ''): Promise<ProblemsAndCausesResponse> =>
  (await client.get(`/api/reports/problems-and-causes${query}`).expect(200)).body;

/** Supertest collects a binary answer into a Buffer with this parser. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function docxParts(response: request.Response): Promise<Record<'document' | 'styles' | 'fontTable', string>> {
  const zip = await JSZip.loadAsync(response.body as Buffer);
  const read = (path: string) => zip.file(path)!.async('string');
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), fontTable: await read('word/fontTable.xml') };
}

describe('GET /api/reports/problems-and-causes', () => {
  it('gives a leader the section over every item, with counts that match the ledger', async () => {
    const body = await report(t.leader);
    expect(body.document.stats).toEqual({ total: 5, team: 3, individual: 2, closed: 3, open: 2, rate: 60, selected: 3 });
    const lines = body.text.split('\n');
    expect(lines[0]).toBe('工作中存在的问题及原因');
    expect(lines[1]).toContain('共检视查摆问题5条（其中班子问题3条、个人问题2条），已整改销号3条，整改完成率60%，其余2条正在整改推进中。');
    expect(body.document.problems.map((g) => [g.ordinal, g.category, g.count])).toEqual([
      ['（一）', '作风建设', 2],
      ['（二）', '纪律建设', 1],
    ]);
    expect(body.text).toContain('（一）作风建设方面仍有差距。此类问题2条，涉及政策法规处，主要表现为：一是2025年以委名义印发要求县区报送材料的通知达63件');
    expect(body.text).toContain('二是有的班子成员开展调查研究走马观花');
    expect(body.text).toMatch(
      /分析这些问题产生的原因，主要有：一是宗旨意识还不够牢固，主要是.+；二是纪律规矩意识还不够强，主要是.+；三是工作机制还不够健全，主要是.+。$/,
    );
    expect(body.text).not.toContain('本人');
    expect(body.items.map((i) => i.code).sort()).toEqual(
      Object.values(closed)
        .map((i) => i.code)
        .sort(),
    );
    expect(body.items.every((i) => i.included && i.closedAt && i.hasCauseAnalysis)).toBe(true);
  });

  it('keeps the counts whole when the user ticks only some closed items', async () => {
    const body = await report(t.leader, `?itemIds=${closed.reimbursement.id}`);
    expect(body.document.stats).toMatchObject({ total: 5, closed: 3, selected: 1 });
    expect(body.document.problems.map((g) => g.category)).toEqual(['纪律建设']);
    expect(body.items.filter((i) => i.included).map((i) => i.id)).toEqual([closed.reimbursement.id]);
  });

  it('offers the open items for the section when asked (coverage=open), worded as problems that remain', async () => {
    const body = await report(t.leader, '?coverage=open');
    expect(body.document.stats).toMatchObject({ total: 5, closed: 3, open: 2, selected: 2 });
    expect(body.items).toHaveLength(2);
    expect(body.items.every((i) => i.closedAt === null && i.included)).toBe(true);
    expect(body.text).toContain('对照尚未整改到位的问题看，工作中仍存在一些问题和不足');
    const closedOnly = await report(t.leader, '');
    expect(closedOnly.text).not.toContain('仍存在');
    await t.leader.get('/api/reports/problems-and-causes?coverage=some').expect(400);
  });

  it('filters by period, source, department and 班子/个人', async () => {
    // Closed today: not closed "since tomorrow", and so not counted at all; the open ones still are.
    expect((await report(t.leader, `?from=${dayFromToday(1)}`)).document.stats).toMatchObject({ total: 2, closed: 0 });
    expect((await report(t.leader, `?from=${today()}&to=${today()}`)).document.stats).toMatchObject({ total: 5, closed: 3 });
    expect((await report(t.leader, `?sources=${encodeURIComponent('审计,民主生活会')}`)).document.stats).toMatchObject({ total: 3, closed: 2 });
    expect((await report(t.leader, `?departmentIds=${t.departments.finance}`)).document.stats).toMatchObject({ total: 2, closed: 1 });
    expect((await report(t.leader, '?scope=individual')).text).toContain('共检视查摆问题2条（均为个人问题）');
  });

  it('gives a department user a report of its own items only', async () => {
    const body = await report(t.as.policyStaff);
    expect(body.document.stats).toMatchObject({ total: 2, closed: 2, individual: 1 });
    expect(body.text).toContain('政策法规处坚持问题导向');
    expect(body.text).not.toContain('误餐费');
    expect(body.items.map((i) => i.id).sort()).toEqual([closed.meetings.id, closed.survey.id].sort());
    // Another department's item cannot be ticked in.
    const forged = await report(t.as.policyStaff, `?itemIds=${closed.reimbursement.id}`);
    expect(forged.document.problems).toEqual([]);
    expect(forged.text).not.toContain('误餐费');
  });

  it('lets an inspector read it and refuses an admin', async () => {
    expect((await report(t.as.inspector)).document.stats.total).toBe(5);
    const refused = await t.as.admin.get('/api/reports/problems-and-causes').expect(403);
    expect(refused.body.message).toBe('系统管理员账号不能生成问题及原因材料');
  });

  it('refuses a bad query in Chinese', async () => {
    const bad = async (query: string) => (await t.leader.get(`/api/reports/problems-and-causes${query}`).expect(400)).body.message as string;
    expect(await bad('?from=2026-13-01')).toBe('查询条件有误：开始日期（from）不存在，请检查年月日');
    expect(await bad('?from=2026-12-01&to=2026-01-01')).toBe('查询条件有误：开始日期不能晚于结束日期');
    expect(await bad('?format=pdf')).toBe('查询条件有误：导出格式（format）只能是 json 或 docx');
    expect(await bad('?itemIds=abc')).toBe('查询条件有误：选定事项（itemIds）应为事项编号');
    expect(await bad('?color=red')).toBe('查询条件有误：不认识的参数：color');
  });
});

describe('the .docx', () => {
  it('downloads the section in the official layout', async () => {
    const title = '四、工作中存在的问题及原因';
    const response = await t.leader
      .get(`/api/reports/problems-and-causes?format=docx&title=${encodeURIComponent(title)}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('存在的问题及原因.docx')}`);
    expect((response.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const { document, styles, fontTable } = await docxParts(response);
    // A4, margins 37/35/28/26 mm.
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // "四、" is a first-level heading (黑体); each "（一）" heading sentence is 楷体, its paragraph 仿宋.
    expect(document).toContain(`<w:pStyle w:val="ReportHeading1"/></w:pPr><w:r><w:t xml:space="preserve">${title}</w:t>`);
    expect(document).toContain('<w:t xml:space="preserve">（一）作风建设方面仍有差距。</w:t>');
    expect(document.match(/w:val="ReportHeading2"/g)).toHaveLength(2);
    expect(document).toContain('分析这些问题产生的原因，主要有：');
    expect(styles).toMatch(/w:styleId="ReportHeading1">.*?w:eastAsia="黑体"/);
    expect(styles).toMatch(/w:styleId="ReportHeading2">.*?w:eastAsia="楷体_GB2312"/);
    expect(styles).toMatch(
      /w:styleId="ReportBody">.*?<w:spacing w:after="0" w:before="0" w:line="560" w:lineRule="exact"\/><w:ind w:firstLine="640" w:firstLineChars="200"\/>.*?w:eastAsia="仿宋_GB2312".*?<w:sz w:val="32"\/>/,
    );
    expect(styles).toMatch(/w:styleId="ReportTitle">.*?w:eastAsia="方正小标宋简体".*?<w:sz w:val="44"\/>/);
    // Fallbacks for machines without the official fonts.
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>');
  });

  it('builds the same layout from the text the user edited', async () => {
    const text = [
      '四、工作中存在的问题及原因',
      '一年来，共检视查摆问题5条，已整改销号3条。',
      '（一）作风建设方面仍有差距。主要表现为：一是会议文件过多；二是调研走过场。',
      '分析这些问题产生的原因，主要有：一是宗旨意识还不够牢固。',
    ].join('\n');
    const response = await t.as.policyStaff
      .post('/api/reports/problems-and-causes/docx')
      .send({ title: '江州市发展和改革委员会机关2026年度党建工作总结', text })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { document } = await docxParts(response);
    const paragraphs = [...document.matchAll(/<w:pStyle w:val="(\w+)"\/>.*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => [m[1], m[2]]);
    expect(paragraphs).toEqual([
      ['ReportTitle', '江州市发展和改革委员会机关2026年度党建工作总结'],
      ['ReportHeading1', '四、工作中存在的问题及原因'],
      ['ReportBody', '一年来，共检视查摆问题5条，已整改销号3条。'],
      ['ReportHeading2', '（一）作风建设方面仍有差距。'],
      ['ReportBody', '分析这些问题产生的原因，主要有：一是宗旨意识还不够牢固。'],
    ]);
    expect(document).toContain('主要表现为：一是会议文件过多；二是调研走过场。');
  });

  it('refuses empty or oversized text, and unknown fields, in Chinese', async () => {
    const post = (body: unknown) => t.leader.post('/api/reports/problems-and-causes/docx').send(body as object);
    expect((await post({ text: '  \n ' }).expect(400)).body.message).toBe('提交的内容有误：正文为空，无法导出');
    expect((await post({ text: '字'.repeat(50_001) }).expect(400)).body.message).toBe('提交的内容有误：正文不能超过50000字');
    expect((await post({ text: '正文。', title: '题'.repeat(61) }).expect(400)).body.message).toBe('提交的内容有误：标题不能超过60字');
    expect((await post({ text: '正文。', format: 'pdf' }).expect(400)).body.message).toBe('提交的内容有误：不认识的字段：format');
    await t.as.admin.post('/api/reports/problems-and-causes/docx').send({ text: '正文。' }).expect(403);
  });
});
