import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVIDENCE_LIMITS, type EvidenceUploadResult, type EvidenceView, type ItemEventView, type ItemView } from '@rectify/shared';
import type request from 'supertest';
import { docxFile, filesPathOf, itemInProgress, jpgFile, ole2File, pdfFile, pngFile, snapshotOf, storedFiles, xlsxFile, zipFile } from './evidence-fixtures.js';
import { startTestApp, type ApiClient, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Collects a binary answer into a Buffer. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

function upload(item: ItemView, data: Buffer, fileName: string, options: { client?: ApiClient; fields?: Record<string, string>; field?: string } = {}) {
  let call = (options.client ?? t.as.policyStaff).post(`/api/items/${item.id}/evidence`);
  for (const [key, value] of Object.entries(options.fields ?? {})) call = call.field(key, value);
  // The client's content type is deliberately wrong: the server must not believe it.
  return call.attach(options.field ?? 'file', data, { filename: fileName, contentType: 'application/octet-stream' });
}

/** Runs a refused request and checks the status, that the message is Chinese, and that nothing changed. */
async function expectRefused(item: ItemView, status: number, send: () => Promise<request.Response>, message?: RegExp | string) {
  const before = await snapshotOf(t, item.id);
  const response = await send();
  expect([response.status, response.body.message]).toEqual([status, expect.stringMatching(/[\u4e00-\u9fa5]/)]);
  if (message) expect(response.body.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  expect(await snapshotOf(t, item.id)).toEqual(before);
  return response;
}

describe('uploading 佐证材料', () => {
  it('stores a PDF with its SHA-256, counts it on the item without a version bump, and records history', async () => {
    const item = await itemInProgress(t);
    const data = pdfFile();
    const response = await upload(item, data, '整改完成情况报告.pdf', { fields: { note: '党组会议审定稿' } }).expect(201);
    const result: EvidenceUploadResult = response.body;
    expect(result.evidenceCount).toBe(1);
    expect(result.evidence).toMatchObject({
      itemId: item.id,
      fileName: '整改完成情况报告.pdf',
      size: data.length,
      mimeType: 'application/pdf',
      sha256: sha256(data),
      note: '党组会议审定稿',
      uploadedBy: 'policyStaff的姓名',
      round: 1,
      progressId: null,
    });

    const after: ItemView = (await t.leader.get(`/api/items/${item.id}`).expect(200)).body;
    expect([after.evidenceCount, after.version]).toEqual([1, item.version]);
    const list: EvidenceView[] = (await t.as.inspector.get(`/api/items/${item.id}/evidence`).expect(200)).body;
    expect(list).toEqual([result.evidence]);
    const history: ItemEventView[] = (await t.leader.get(`/api/items/${item.id}/history`).expect(200)).body;
    expect(history.at(-1)).toMatchObject({
      kind: 'evidence_added',
      actor: 'policyStaff的姓名',
      after: { fileName: '整改完成情况报告.pdf', sha256: sha256(data) },
    });
    expect(storedFiles(t).filter((f) => f.endsWith(result.evidence.id))).toHaveLength(1);
  });

  it('accepts every kind on the list, deciding the type from the content', async () => {
    const item = await itemInProgress(t);
    const files: Array<[string, Buffer, string]> = [
      ['现场照片.jpg', jpgFile(), 'image/jpeg'],
      ['现场照片.JPEG', jpgFile(), 'image/jpeg'],
      ['截图.png', pngFile(), 'image/png'],
      ['整改说明.docx', await docxFile(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['整改台账.xlsx', await xlsxFile(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['旧版通知.doc', ole2File(), 'application/msword'],
      ['旧版台账.xls', ole2File(), 'application/vnd.ms-excel'],
    ];
    for (const [name, data, mimeType] of files) {
      const response = await upload(item, data, name);
      expect([name, response.status, response.body.evidence?.mimeType]).toEqual([name, 201, mimeType]);
    }
    expect((await t.leader.get(`/api/items/${item.id}`)).body.evidenceCount).toBe(files.length);
  });

  it('cleans the file name: no folders, no reserved characters, Chinese kept (control characters: shared tests)', async () => {
    const item = await itemInProgress(t);
    const response = await upload(item, pdfFile(), '..\\..\\机关党委/2026年度:整改*报告?.pdf').expect(201);
    expect(response.body.evidence.fileName).toBe('2026年度_整改_报告_.pdf');
  });

  it('downloads the same bytes under the UTF-8 name, to those who may read the item', async () => {
    const item = await itemInProgress(t);
    const data = await docxFile();
    const { evidence } = (await upload(item, data, '整改完成情况（第一批）.docx').expect(201)).body as EvidenceUploadResult;
    for (const client of [t.as.policyStaff, t.leader, t.as.inspector]) {
      const response = await client.get(`/api/evidence/${evidence.id}/download`).buffer(true).parse(binary).expect(200);
      expect(sha256(response.body as Buffer)).toBe(evidence.sha256);
      expect(response.headers['content-type']).toBe(evidence.mimeType);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="evidence.docx"; filename*=UTF-8''${encodeURIComponent('整改完成情况（第一批）.docx')}`,
      );
    }
    const other = await t.as.financeStaff.get(`/api/evidence/${evidence.id}/download`).expect(404);
    expect(other.body.message).toBe('佐证材料不存在或已无权查看');
    await t.as.admin.get(`/api/evidence/${evidence.id}/download`).expect(403);
    const unknown = await t.leader.get(`/api/evidence/${crypto.randomUUID()}/download`).expect(404);
    expect(unknown.body.message).toBe('佐证材料不存在或已无权查看');
  });
});

describe('refused uploads change nothing', () => {
  let item: ItemView;
  beforeAll(async () => {
    item = await itemInProgress(t);
    await upload(item, pdfFile(), '已有材料.pdf').expect(201);
  });

  it('no file', async () => {
    await expectRefused(
      item,
      400,
      () => t.as.policyStaff.post(`/api/items/${item.id}/evidence`).field('note', '忘了选文件'),
      '请选择要上传的佐证材料文件（表单字段名 file）',
    );
  });

  it('a JSON body instead of a form', async () => {
    await expectRefused(item, 400, () => t.as.policyStaff.post(`/api/items/${item.id}/evidence`).send({ file: 'abc' }), /字段名 file|提交的内容有误/);
  });

  it('an empty file', async () => {
    await expectRefused(item, 400, () => upload(item, Buffer.alloc(0), '空文件.pdf'), '上传的文件“空文件.pdf”是空的（0字节），请重新选择');
  });

  it('a .pdf that is really text', async () => {
    await expectRefused(
      item,
      422,
      () => upload(item, Buffer.from('这不是PDF，只是改了扩展名的文本。'), '整改报告.pdf'),
      /^文件内容与扩展名不符：整改报告\.pdf 实际不是 PDF 文件/,
    );
  });

  it('a .png that is a zip', async () => {
    await expectRefused(item, 422, () => upload(item, zipFile(), '照片.png'), /^文件内容与扩展名不符：照片\.png 实际不是 PNG 图片，它是 ZIP 格式/);
  });

  it('a .xlsx that is a Word document, and a .docx that is an old OLE2 file', async () => {
    await expectRefused(item, 422, async () => upload(item, await docxFile(), '台账.xlsx'), /台账\.xlsx 实际不是 Excel 工作簿，它是 Word 文档/);
    await expectRefused(item, 422, () => upload(item, ole2File(), '说明.docx'), /旧版 Office/);
  });

  it('a kind that is not evidence, even with real content', async () => {
    await expectRefused(item, 422, () => upload(item, zipFile(), '材料.zip'), /^不支持“\.zip”文件：佐证材料只能是 PDF/);
  });

  it('a file over 20 MB', async () => {
    const big = Buffer.concat([pdfFile(), Buffer.alloc(EVIDENCE_LIMITS.maxFileBytes)]);
    await expectRefused(item, 413, () => upload(item, big, '扫描件.pdf'), /^文件超过20 MB，无法上传/);
  });

  it('the file under another field name', async () => {
    await expectRefused(item, 400, () => upload(item, pdfFile(), '报告.pdf', { field: 'attachment' }), '一次只能上传一个文件，表单字段名应为 file');
  });

  it('two files', async () => {
    await expectRefused(
      item,
      400,
      () => upload(item, pdfFile(), '报告.pdf').attach('file', pdfFile(), '报告2.pdf'),
      '一次只能上传一个文件，表单字段名应为 file',
    );
  });

  it('a malformed, an unknown and a foreign progressId, and an unknown field', async () => {
    await expectRefused(item, 400, () => upload(item, pdfFile(), '报告.pdf', { fields: { progressId: '12' } }), /整改进展编号格式有误/);
    await expectRefused(
      item,
      422,
      () => upload(item, pdfFile(), '报告.pdf', { fields: { progressId: crypto.randomUUID() } }),
      '所选的整改进展不存在或不属于该事项',
    );
    const other = await itemInProgress(t);
    const entry = (await t.as.policyStaff.post(`/api/items/${other.id}/progress`).send({ date: '2026-01-05', text: '召开专题会议' }).expect(201)).body;
    await expectRefused(item, 422, () => upload(item, pdfFile(), '报告.pdf', { fields: { progressId: entry.id } }), '所选的整改进展不存在或不属于该事项');
    await expectRefused(item, 400, () => upload(item, pdfFile(), '报告.pdf', { fields: { remark: '多余字段' } }), /提交的内容有误/);
  });

  it('an unknown item, another department’s item, an inspector', async () => {
    const unknown = await upload({ ...item, id: crypto.randomUUID() }, pdfFile(), '报告.pdf').expect(404);
    expect(unknown.body.message).toBe('事项不存在或已无权查看');
    await expectRefused(item, 404, () => upload(item, pdfFile(), '报告.pdf', { client: t.as.financeStaff }), '事项不存在或已无权查看');
    await expectRefused(item, 403, () => upload(item, pdfFile(), '报告.pdf', { client: t.as.inspector }), '纪检账号不能上传佐证材料');
    await expectRefused(item, 404, () => t.as.financeStaff.get(`/api/items/${item.id}/evidence`), '事项不存在或已无权查看');
  });

  it('while 销号 is under review, and once it is approved', async () => {
    const applied = await t.leader
      .post(`/api/items/${item.id}/move`)
      .send({
        to: 'closed',
        version: (await t.leader.get(`/api/items/${item.id}`)).body.version,
        changes: { completion: '已修订学习制度并印发执行', causeAnalysis: '学习制度执行不严' },
      })
      .expect(200);
    expect(applied.body.signoff).toBe('pending');
    await expectRefused(item, 422, () => upload(item, pdfFile(), '补充材料.pdf'), '销号申请审核期间不能更改佐证材料');
    const { ItemEntity } = await import('../src/items/item.entity.js');
    await t.dataSource.getRepository(ItemEntity).update({ id: item.id }, { signoff: 'approved' });
    await expectRefused(item, 422, () => upload(item, pdfFile(), '补充材料.pdf'), /^事项已销号，不能再上传佐证材料/);
  });

  it('leaves no temporary file behind after all of that, and exactly one stored file per row', async () => {
    const { EvidenceFileEntity } = await import('../src/evidence/evidence-file.entity.js');
    const rows = await t.dataSource.getRepository(EvidenceFileEntity).find();
    const root = filesPathOf(t);
    expect(storedFiles(t)).toEqual(rows.map((r) => `${root}/evidence/${r.id}`).sort());
  });
});
