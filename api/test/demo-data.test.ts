import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { COLUMN_KEYS, columnIndex, officeToday, type BoardResponse, type DashboardView, type ItemEventView, type ItemView } from '@rectify/shared';
import request from 'supertest';
import { createApp } from '../src/app.factory.js';
import { bearerClient, type ApiClient } from './test-app.js';

/** The demo office a new installation starts with (`npm start`): its data must read like real work. */
const folder = mkdtempSync(join(tmpdir(), 'rectify-demo-test-'));
let app: INestApplication;
let leader: ApiClient;
beforeAll(async () => {
  app = await createApp(
    {
      port: 0,
      database: { type: 'sqlite', path: join(folder, 'demo.sqlite') },
      demoData: true,
      webDist: join(folder, 'no-web'),
      filesPath: join(folder, 'files'),
      backgroundJobs: false,
    },
    { logger: false },
  );
  const http = request(app.getHttpServer());
  const login = await http.post('/api/auth/login').send({ username: 'leader', password: 'demo123456' }).expect(200);
  leader = bearerClient(http, login.body.token);
});
afterAll(async () => {
  await app.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the demo office', () => {
  it('every card reached its column one column at a time, and every signed-off card through an approved application', async () => {
    const board = (await leader.get('/api/board?limit=500').expect(200)).body as BoardResponse;
    const items = board.columns.flatMap((c) => c.items);
    expect(items.length).toBeGreaterThan(50);
    for (const item of items) {
      const history = (await leader.get(`/api/items/${item.id}/history`).expect(200)).body as ItemEventView[];
      const moves = history.filter((e) => e.kind === 'moved');
      for (const move of moves) {
        const [from, to] = [move.before?.status, move.after?.status] as [(typeof COLUMN_KEYS)[number], (typeof COLUMN_KEYS)[number]];
        // Forward one column at a time; back only from 销号 (a rejection or a 回头看).
        expect([item.code, from === 'closed' || columnIndex(to) === columnIndex(from) + 1]).toEqual([item.code, true]);
      }
      expect([item.code, moves.at(-1)?.after?.status ?? 'found']).toEqual([item.code, item.status]);
      if (item.signoff === 'approved') expect([item.code, history.at(-1)?.kind]).toEqual([item.code, 'signoff_approved']);
      // Progress is reported once the card is in 整改中, not before.
      const reachedWork = history.find((e) => e.kind === 'moved' && e.after?.status === 'in_progress')?.at;
      for (const progress of history.filter((e) => e.kind === 'progress_added'))
        expect([item.code, reachedWork !== undefined && progress.at > reachedWork]).toEqual([item.code, true]);
      const times = history.map((e) => e.at);
      expect([item.code, times]).toEqual([item.code, [...times].sort()]);
    }
  });

  it('a card reopened by 回头看 starts its new round with a deadline ahead, recorded in the 回头看 step', async () => {
    const board = (await leader.get('/api/board?limit=500').expect(200)).body as BoardResponse;
    const reopened = board.columns.flatMap((c) => c.items).filter((card) => card.labels?.some((label) => /^第\d+轮$/.test(label)));
    expect(reopened.length).toBeGreaterThan(0);
    for (const card of reopened) {
      const item = (await leader.get(`/api/items/${card.id}`).expect(200)).body as ItemView;
      expect([item.code, item.round, item.deadline! > officeToday(new Date()), item.warning.level]).toEqual([item.code, 2, true, 'green']);
      const history = (await leader.get(`/api/items/${card.id}/history`).expect(200)).body as ItemEventView[];
      expect(history.filter((e) => e.kind === 'reopened').at(-1)).toMatchObject({ kind: 'reopened', after: { round: 2, deadline: item.deadline } });
    }
  });

  it('the history chain verifies, and the dashboard has a stay for every column a card has left', async () => {
    expect((await leader.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true });
    const dashboard = (await leader.get('/api/dashboard').expect(200)).body as DashboardView;
    for (const stay of dashboard.stays.filter((s) => s.key !== 'closed')) expect([stay.title, stay.averageDays]).toEqual([stay.title, expect.any(Number)]);
  });
});
