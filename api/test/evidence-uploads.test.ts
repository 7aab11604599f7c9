import { createWriteStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemView } from '@rectify/shared';
import { createApp } from '../src/app.factory.js';
import type { AppConfig } from '../src/config/app-config.js';
import { APP_CONFIG } from '../src/config/config.module.js';
import { EvidenceService } from '../src/evidence/evidence.service.js';
import { filesPathOf, itemInProgress, pdfFile, snapshotOf, storedFiles } from './evidence-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/** How many uploads this suite's board takes at once (the default is larger). */
const CONCURRENT_UPLOADS = 2;

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp({ uploadConcurrency: CONCURRENT_UPLOADS });
  const server = t.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => t.close());

const temporaryFiles = () => {
  try {
    return readdirSync(join(filesPathOf(t), 'tmp'), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
};

interface Answer {
  status: number;
  body: { message?: string; statusCode?: number };
}

/**
 * An upload sent the way a slow client sends it: the headers and the start of a `size`-byte file,
 * then nothing more until `finish()` (or `abort()`). `answer` settles when the server replies.
 */
function slowUpload(itemId: string, token: string, size: number) {
  const boundary = `----rectify${crypto.randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="report.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const pdf = pdfFile();
  const file = Buffer.concat([pdf, Buffer.alloc(Math.max(0, size - pdf.length), 0x20)]);
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: `/api/items/${itemId}/evidence`,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      'Content-Length': head.length + file.length + tail.length,
    },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') }));
    });
    request.on('error', reject);
  });
  const firstPart = 64 * 1024;
  request.write(Buffer.concat([head, file.subarray(0, firstPart)]));
  return {
    answer,
    /** Sends the rest of the body. */
    finish: () => request.end(Buffer.concat([file.subarray(firstPart), tail])),
    /** The client gives up half way (a closed laptop, a dropped connection). */
    abort: () => request.destroy(),
  };
}

describe('an upload that will be refused is refused before its body is read', () => {
  const MB = 1024 * 1024;

  it('answers an item that is under 销号 review, unknown, or another department’s, while the client is still sending, and stores nothing', async () => {
    const pending = await itemInProgress(t);
    await t.recordEvidence(pending.id);
    const applied: ItemView = (
      await t.leader
        .post(`/api/items/${pending.id}/move`)
        .send({ to: 'closed', version: pending.version, changes: { completion: '已完成整改', causeAnalysis: '督促检查不到位' } })
        .expect(200)
    ).body;
    const foreign = await t.createItem({ departmentId: t.departments.finance });

    for (const [itemId, status] of [
      [applied.id, 422],
      [crypto.randomUUID(), 404],
      [foreign.id, 404],
    ] as const) {
      const before = await snapshotOf(t, applied.id);
      const upload = slowUpload(itemId, t.as.policyStaff.token, 20 * MB - 1024);
      // The body is far from complete: only an answer given before reading it can arrive here.
      const answer = await upload.answer;
      upload.abort();
      expect([answer.status, answer.body.message]).toEqual([status, expect.stringMatching(/[\u4e00-\u9fa5]/)]);
      expect(await snapshotOf(t, applied.id)).toEqual(before);
    }
    expect(temporaryFiles()).toEqual([]);
  });

  it('answers an upload that declares more than 20 MB with 413 before reading it', async () => {
    const item = await itemInProgress(t);
    const before = await snapshotOf(t, item.id);
    const upload = slowUpload(item.id, t.as.policyStaff.token, 25 * MB);
    const answer = await upload.answer;
    upload.abort();
    expect([answer.status, answer.body.message]).toEqual([413, expect.stringMatching(/文件超过20 MB/)]);
    expect(await snapshotOf(t, item.id)).toEqual(before);
    expect(temporaryFiles()).toEqual([]);
  });

  it('takes only so many uploads at once, refusing the next with 429 in Chinese before reading it', async () => {
    const item = await itemInProgress(t);
    const held = Array.from({ length: CONCURRENT_UPLOADS }, () => slowUpload(item.id, t.as.policyStaff.token, 2 * MB));
    // Each held upload is being received once its first bytes are on disk.
    await waitUntil(() => temporaryFiles().length === CONCURRENT_UPLOADS);

    const over = slowUpload(item.id, t.as.policyStaff.token, 2 * MB);
    const refused = await over.answer;
    over.abort();
    expect([refused.status, refused.body.message]).toEqual([429, expect.stringMatching(/上传.*稍后/)]);

    for (const upload of held) upload.finish();
    expect((await Promise.all(held.map((u) => u.answer))).map((a) => a.status)).toEqual(held.map(() => 201));
    const after = slowUpload(item.id, t.as.policyStaff.token, MB);
    after.finish();
    expect((await after.answer).status).toBe(201);
    expect(temporaryFiles()).toEqual([]);
  });
});

describe('temporary files of uploads', () => {
  it('removes the partly written file when the disk fills during an upload, and answers 503 磁盘空间不足', async () => {
    const item = await itemInProgress(t);
    const storage = t.app.get(EvidenceService).storage;
    const original = storage.openTemporaryFile.bind(storage);
    // The disk fills after the first bytes: the file exists, half written, when the write fails.
    storage.openTemporaryFile = (path: string) => {
      const real = createWriteStream(path, { flags: 'wx' });
      let written = 0;
      return new Writable({
        write(chunk: Buffer, _encoding, done) {
          if (written > 0) return done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
          written += chunk.length;
          real.write(chunk, done);
        },
        final: (done) => real.end(done),
        destroy: (error, done) => {
          real.destroy();
          done(error);
        },
      });
    };
    try {
      const before = await snapshotOf(t, item.id);
      const upload = slowUpload(item.id, t.as.policyStaff.token, 3 * 1024 * 1024);
      upload.finish();
      const answer = await upload.answer;
      expect([answer.status, answer.body.message]).toEqual([503, expect.stringMatching(/磁盘空间不足/)]);
      expect(await snapshotOf(t, item.id)).toEqual(before);
      expect(temporaryFiles()).toEqual([]);
    } finally {
      storage.openTemporaryFile = original;
    }
  });

  it('removes the partly received file when the client goes away half way', async () => {
    const item = await itemInProgress(t);
    const before = await snapshotOf(t, item.id);
    const upload = slowUpload(item.id, t.as.policyStaff.token, 4 * 1024 * 1024);
    upload.answer.catch(() => undefined);
    await waitUntil(() => temporaryFiles().length === 1);
    upload.abort();
    await waitUntil(() => temporaryFiles().length === 0);
    expect(await snapshotOf(t, item.id)).toEqual(before);
  });

  it('clears what a crash left in the temporary folder when the board starts', async () => {
    const folder = join(filesPathOf(t), 'tmp');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${crypto.randomUUID()}.part`), '');
    writeFileSync(join(folder, `${crypto.randomUUID()}.part`), Buffer.alloc(4096));
    const stored = storedFiles(t).filter((f) => !f.includes('/tmp/'));

    // The same board started again on the same data (as after the crash).
    const again = await createApp(t.app.get<AppConfig>(APP_CONFIG), { logger: false });
    await again.close();
    expect(temporaryFiles()).toEqual([]);
    expect(storedFiles(t).filter((f) => !f.includes('/tmp/'))).toEqual(stored);
  });
});

/** Polls a condition on the event loop (no clock involved): the server's progress is what it waits for. */
async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
