import { describe, expect, it } from '@jest/globals';
import { checkEvidenceContent, cleanFileName, evidenceTypeOfName, evidenceUploadFieldsSchema, formatFileSize, progressEntrySchema } from '../src/index.js';
import { officeDay } from '../src/testing/index.js';

describe('cleanFileName', () => {
  it('keeps a normal Chinese name as it is', () => {
    expect(cleanFileName('整改完成情况报告.pdf')).toBe('整改完成情况报告.pdf');
  });

  it('drops folder parts, from either kind of slash', () => {
    expect(cleanFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\张三\\桌面\\会议记录.docx')).toBe('会议记录.docx');
  });

  it('removes control and direction-override characters and replaces reserved ones', () => {
    expect(cleanFileName('报告\u0000\u0007.pdf')).toBe('报告.pdf');
    // U+202E would show "报告fdp.exe" as "报告exe.pdf".
    expect(cleanFileName('报告\u202Efdp.png')).toBe('报告fdp.png');
    expect(cleanFileName('a<b>c:d"e|f?g*h.xlsx')).toBe('a_b_c_d_e_f_g_h.xlsx');
  });

  it('trims dots and spaces, lower-cases the extension and avoids Windows device names', () => {
    expect(cleanFileName('  ..报告  .PDF.  ')).toBe('报告.pdf');
    expect(cleanFileName('CON.pdf')).toBe('_CON.pdf');
  });

  it('limits the length by characters and keeps the extension', () => {
    const cleaned = cleanFileName(`${'整'.repeat(300)}.docx`);
    expect(Array.from(cleaned)).toHaveLength(100);
    expect(cleaned.endsWith('整.docx')).toBe(true);
  });

  it('gives a name to a file whose name is nothing but removed characters', () => {
    expect(cleanFileName('\u0001\u0002.pdf')).toBe('佐证材料.pdf');
    expect(cleanFileName('///')).toBe('佐证材料');
  });
});

describe('checkEvidenceContent', () => {
  it('accepts content that matches the extension, JPEG spelled either way', () => {
    expect(checkEvidenceContent('报告.pdf', 'pdf')).toEqual({ ok: true, type: 'pdf', mimeType: 'application/pdf' });
    expect(checkEvidenceContent('照片.JPEG', 'jpg')).toMatchObject({ ok: true, type: 'jpg', mimeType: 'image/jpeg' });
    expect(checkEvidenceContent('台账.xlsx', 'xlsx')).toMatchObject({ ok: true, type: 'xlsx' });
  });

  it('tells .doc from .xls only by the extension, and only among OLE2 files', () => {
    expect(checkEvidenceContent('旧文件.doc', 'ole2')).toMatchObject({ ok: true, type: 'doc', mimeType: 'application/msword' });
    expect(checkEvidenceContent('旧表格.xls', 'ole2')).toMatchObject({ ok: true, type: 'xls', mimeType: 'application/vnd.ms-excel' });
    expect(checkEvidenceContent('旧文件.doc', 'docx')).toMatchObject({ ok: false });
    expect(checkEvidenceContent('新文件.docx', 'ole2')).toMatchObject({ ok: false, message: expect.stringContaining('旧版 Office') });
  });

  it('refuses content that does not match the name, saying what it is', () => {
    expect(checkEvidenceContent('报告.pdf', null)).toEqual({
      ok: false,
      message: '文件内容与扩展名不符：报告.pdf 实际不是 PDF 文件。请上传原始文件，不要只修改扩展名',
    });
    expect(checkEvidenceContent('照片.png', { other: 'zip' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('照片.png 实际不是 PNG 图片，它是 ZIP 格式'),
    });
    expect(checkEvidenceContent('台账.xlsx', 'docx')).toMatchObject({ ok: false, message: expect.stringContaining('它是 Word 文档') });
  });

  it('refuses kinds that are not evidence, and names without an extension', () => {
    expect(checkEvidenceContent('脚本.exe', { other: 'exe' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^不支持“\.exe”文件：佐证材料只能是 PDF/),
    });
    expect(checkEvidenceContent('说明', 'pdf')).toMatchObject({ ok: false, message: expect.stringMatching(/^文件名没有扩展名/) });
    expect(evidenceTypeOfName('a.txt')).toBeNull();
  });
});

describe('evidence request schemas', () => {
  it('takes a progress entry dated today or earlier, in office time', () => {
    const today = officeDay();
    expect(progressEntrySchema.parse({ date: today, text: ' 召开专题会议 ' })).toEqual({ date: today, text: '召开专题会议' });
    expect(progressEntrySchema.safeParse({ date: '2026-01-05', text: '召开专题会议' }).success).toBe(true);
  });

  it('refuses a future date, a missing text and unknown fields, in Chinese', () => {
    const tomorrow = officeDay(1);
    const future = progressEntrySchema.safeParse({ date: tomorrow, text: '计划召开会议' });
    expect(future.success ? null : future.error.issues.map((i) => i.message)).toEqual(['进展日期不能晚于今天']);
    const empty = progressEntrySchema.safeParse({ date: '2026-01-05', text: '  ' });
    expect(empty.success ? null : empty.error.issues[0].message).toBe('请填写进展情况');
    expect(progressEntrySchema.safeParse({ date: '2026-01-05', text: '有', extra: 1 }).success).toBe(false);
  });

  it('checks the upload fields: a progress id must look like one, blanks mean none', () => {
    expect(evidenceUploadFieldsSchema.parse({ progressId: '', note: '' })).toEqual({});
    const bad = evidenceUploadFieldsSchema.safeParse({ progressId: '12' });
    expect(bad.success ? null : bad.error.issues[0].message).toBe('整改进展编号格式有误');
    expect(evidenceUploadFieldsSchema.safeParse({ progressID: crypto.randomUUID() }).success).toBe(false);
  });

  it('formats sizes the way the list shows them', () => {
    expect([formatFileSize(880), formatFileSize(356 * 1024), formatFileSize(1.25 * 1024 * 1024)]).toEqual(['880 字节', '356 KB', '1.3 MB']);
  });
});
