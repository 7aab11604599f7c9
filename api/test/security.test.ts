import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type request from 'supertest';
import { createApp } from '../src/app.factory.js';
import { dumpTables } from './db-dump.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Supertest collects a binary answer into a Buffer with this parser. */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Parses XML strictly, as Word does: the first well-formedness error, or null. */
function xmlError(xml: string): string | null {
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on('error', (e) => (error ??= e.message));
  parser.write(xml).close();
  return error;
}

const unchanged = async (work: () => Promise<unknown>) => {
  const before = await dumpTables(t.dataSource);
  await work();
  expect(await dumpTables(t.dataSource)).toBe(before);
};

describe('control characters (Word cannot open a .docx holding one)', () => {
  const poisoned = ['空字符\u0000', '退格\u0008', '转义\u001b[31m', '\uFFFF', '孤立代理\uD800'];

  it('are refused in every text field with a Chinese message, and nothing is written', async () => {
    const item = await t.createItem();
    for (const value of poisoned) {
      await unchanged(async () => {
        const created = await t.leader
          .post('/api/items')
          .send({ ...sampleFields, title: `标题${value}` })
          .expect(400);
        expect(created.body.message).toMatch(/标题：含有控制字符/);
        await t.leader.patch(`/api/items/${item.id}`).send({ version: item.version, owner: value }).expect(400);
        await t.leader
          .post(`/api/items/${item.id}/progress`)
          .send({ date: '2026-01-05', text: `进展${value}` })
          .expect(400);
        await t.as.admin
          .post('/api/departments')
          .send({ name: `新部门${value}` })
          .expect(400);
        await t.as.admin
          .post('/api/users')
          .send({ username: 'newuser', displayName: `姓名${value}`, role: 'inspector', password: 'long-enough-1' })
          .expect(400);
        await t.as.admin
          .post('/api/dictionaries')
          .send({ kind: 'category', name: `类别${value}` })
          .expect(400);
        if (!value.includes('\uD800')) await t.leader.get(`/api/board?q=${encodeURIComponent(value)}`).expect(400);
      });
    }
    // Tabs and line breaks are ordinary text.
    await t.leader.patch(`/api/items/${item.id}`).send({ version: item.version, remarks: '第一行\n第二行\t完' }).expect(200);
  });

  it('in the edited text posted for a .docx are refused; text already stored never breaks the file', async () => {
    const refused = await t.leader.post('/api/reports/problems-and-causes/docx').send({ text: '一、问题\u0000及原因' }).expect(400);
    expect(refused.body.message).toMatch(/控制字符/);

    // Stored before the rule (or written around it): the generated .docx is still well-formed.
    const item = await t.createItem({
      title: '待整改的问题',
      departmentId: t.departments.policy,
      measures: [{ content: '逐项对照整改' }],
      leader: '李卫东',
      rectifyType: 'time_limited',
      deadline: '2026-01-31',
      owner: '王蕾',
      completion: '已整改到位',
    });
    await t.recordEvidence(item.id);
    await t.signOff(item);
    const postgres = t.dataSource.options.type === 'postgres';
    await t.dataSource.query(
      `UPDATE items SET description = ${postgres ? '$1' : '?'}, "causeAnalysis" = ${postgres ? '$2' : '?'} WHERE id = ${postgres ? '$3' : '?'}`,
      ['部分党支部“三会一课”记录\u0001不完整\u001b。', '思想认识\u000b不到位。', item.id],
    );
    const response = await t.leader.get('/api/reports/problems-and-causes?format=docx').buffer(true).parse(binary).expect(200);
    const zip = await JSZip.loadAsync(response.body as Buffer);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('记录不完整');
    expect(xmlError(documentXml)).toBeNull();
  });
});

describe('departments registering problems', () => {
  it('cannot bring in 配合部门 on create (the same rule as on edit): 403, nothing created', async () => {
    await unchanged(async () => {
      const response = await t.as.policyStaff
        .post('/api/items')
        .send({ ...sampleFields, source: '自查自纠', departmentId: t.departments.policy, coDepartmentIds: [t.departments.finance] })
        .expect(403);
      expect(response.body.message).toMatch(/配合部门由领导交办/);
    });
    await t.as.policyStaff
      .post('/api/items')
      .send({ ...sampleFields, source: '自查自纠', departmentId: t.departments.policy })
      .expect(201);
  });
});

describe('dates have bounds an office would accept', () => {
  it('a deadline far in the future or long past is refused, saying the range', async () => {
    const item = await t.createItem();
    await unchanged(async () => {
      for (const deadline of ['9999-12-31', '1900-01-01']) {
        const response = await t.leader.patch(`/api/items/${item.id}`).send({ version: item.version, deadline }).expect(400);
        expect(response.body.message).toMatch(/日期应在2000年1月1日至\d{4}年\d+月\d+日（今后10年内）之间/);
      }
    });
    await t.leader.patch(`/api/items/${item.id}`).send({ version: item.version, deadline: '2030-06-30' }).expect(200);
  });

  it('a progress date before 2000 is refused', async () => {
    const item = await t.createItem();
    await unchanged(async () => {
      const response = await t.leader.post(`/api/items/${item.id}/progress`).send({ date: '1900-01-01', text: '召开专题会议' }).expect(400);
      expect(response.body.message).toMatch(/进展日期不能早于2000年1月1日/);
    });
  });
});

describe('webhooks reach only the group robots', () => {
  const refusedUrls = [
    'http://127.0.0.1:8080/robot/send?access_token=x',
    'https://127.0.0.1/robot/send',
    'https://10.0.0.8/cgi-bin/webhook/send?key=x',
    'https://[::1]/robot/send',
    'https://intranet.example.gov.cn/robot/send',
    'https://oapi.dingtalk.com.evil.example/robot/send',
    'http://oapi.dingtalk.com/robot/send?access_token=x',
    'https://oapi.dingtalk.com:8443/robot/send?access_token=x',
    'https://user:pw@oapi.dingtalk.com/robot/send',
    'https://oapi.dingtalk.com/other/path',
  ];

  it('refuses any other address (422), with nothing stored', async () => {
    await unchanged(async () => {
      for (const url of refusedUrls) {
        const response = await t.as.admin.post('/api/webhooks').send({ name: '群', kind: 'dingtalk', url });
        expect([400, 422]).toContain(response.status);
      }
      const refused = await t.as.admin.post('/api/webhooks').send({ name: '群', kind: 'dingtalk', url: refusedUrls[0] }).expect(422);
      expect(refused.body.message).toMatch(/推送地址只能是钉钉群机器人/);
    });
    const ok = await t.as.admin
      .post('/api/webhooks')
      .send({ name: '钉钉群', kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=abc' })
      .expect(201);
    await t.as.admin
      .post('/api/webhooks')
      .send({ name: '企业微信群', kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc' })
      .expect(201);
    await unchanged(() => t.as.admin.patch(`/api/webhooks/${ok.body.id}`).send({ url: 'http://127.0.0.1:9/robot/send' }).expect(422));
  });
});

describe('log lines', () => {
  it('a value with a line break and terminal escapes cannot forge a line', async () => {
    const app = await createApp({ ...appConfigOf(t), port: 0 });
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    };
    try {
      new Logger('登录').warn('登录失败：用户名「x\n[Nest] 1  - 2026/11/30 LOG [登录] 登录成功：admin\u001b[2K」');
    } finally {
      process.stdout.write = original;
      await app.close();
    }
    const output = written.join('');
    expect(output.split('\n').filter(Boolean)).toHaveLength(1);
    expect(output).not.toContain('\u001b[2K');
    expect(output).toContain('\\u000a[Nest] 1');
  });
});

function appConfigOf(app: TestApp) {
  // A second app on the same database, with the app's own logger (tests run without one).
  const options = app.dataSource.options as { type: string; database?: string; url?: string };
  const database = options.type === 'postgres' ? ({ type: 'postgres', url: options.url! } as const) : ({ type: 'sqlite', path: options.database! } as const);
  return { database, demoData: false, webDist: '/nonexistent', filesPath: `${options.database ?? '/tmp'}-files`, backgroundJobs: false };
}

const sampleFields = {
  title: '“三会一课”制度执行不规范',
  description: '部分党支部“三会一课”记录不完整。',
  source: '巡察反馈',
  batch: '市委第三巡察组反馈意见',
  scope: 'team',
  category: '组织建设',
};

describe('control characters in the address', () => {
  it('a NUL or escape in a path id is refused (400), on PostgreSQL too', async () => {
    for (const path of ['/api/items/%00', '/api/items/%00/history', '/api/items/%1B/progress', '/api/evidence/%00/download']) {
      expect((await t.leader.get(path).expect(400)).body.message).toMatch(/请求地址含有控制字符/);
    }
    await unchanged(() => t.as.admin.post('/api/webhooks/%00/test').expect(400));
  });
});
