import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

/**
 * How the board is served on an office network: plain HTTP on a LAN name must not be told to upgrade
 * to HTTPS (Chromium then loads nothing), HTTPS gets HSTS and a Secure cookie; assets are compressed
 * and cached by their hashed names, index.html and API answers are never cached.
 */
const webDist = mkdtempSync(join(tmpdir(), 'rectify-web-dist-'));
const ASSET = '/assets/index-Bx7Qk2aP.js';
mkdirSync(join(webDist, 'assets'));
writeFileSync(
  join(webDist, 'index.html'),
  `<!doctype html><html><head><script type="module" src="${ASSET}"></script></head><body><div id="root"></div></body></html>`,
);
// Repetitive like real bundled code, and well above compression's 1 kB threshold.
writeFileSync(join(webDist, 'assets', 'index-Bx7Qk2aP.js'), 'export const columns = ["发现问题","制定措施","明确时限","整改中","销号"];\n'.repeat(400));

let t: TestApp;
let httpsByConfig: TestApp;
beforeAll(async () => {
  t = await startTestApp({ webDist });
  httpsByConfig = await startTestApp({ webDist, publicUrl: 'https://zgkb.example.cn' });
});
afterAll(async () => {
  await t.close();
  await httpsByConfig.close();
  rmSync(webDist, { recursive: true, force: true });
});

const csp = (headers: Record<string, string>) => headers['content-security-policy'].split(';').map((d) => d.trim());
const signIn = (app: TestApp, proto?: 'https') => {
  const call = app.http.post('/api/auth/login').send({ username: 'leader', password: TEST_PASSWORD });
  return proto ? call.set('X-Forwarded-Proto', proto) : call;
};

describe('plain HTTP on the office network', () => {
  it('is not told to upgrade to HTTPS: no HSTS, no upgrade-insecure-requests, the rest of the CSP as strict', async () => {
    const page = await t.http.get('/').set('Host', 'zgkb.lan:3000').expect(200);
    expect(page.headers['strict-transport-security']).toBeUndefined();
    const directives = csp(page.headers);
    expect(directives).not.toContain('upgrade-insecure-requests');
    expect(directives).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ]),
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('gives a session cookie without Secure, which the browser would drop over HTTP', async () => {
    const login = await signIn(t).expect(200);
    expect(login.headers['set-cookie'][0]).not.toMatch(/;\s*Secure/i);
    expect(login.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('HTTPS behind a trusted proxy (X-Forwarded-Proto: https)', () => {
  it('sends HSTS and upgrade-insecure-requests', async () => {
    const page = await t.http.get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(csp(page.headers)).toContain('upgrade-insecure-requests');
  });

  it('marks the session cookie Secure', async () => {
    const login = await signIn(t, 'https').expect(200);
    expect(login.headers['set-cookie'][0]).toMatch(/;\s*Secure/i);
    expect(login.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('PUBLIC_URL=https://… (TLS ended by a proxy that is not trusted for headers)', () => {
  it('sends HSTS, upgrade-insecure-requests and a Secure cookie on every request', async () => {
    const page = await httpsByConfig.http.get('/').expect(200);
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(csp(page.headers)).toContain('upgrade-insecure-requests');
    expect((await signIn(httpsByConfig).expect(200)).headers['set-cookie'][0]).toMatch(/;\s*Secure/i);
  });
});

describe('compression and caching', () => {
  it('sends hashed assets compressed (brotli or gzip, as asked) and cached for a year, immutable', async () => {
    const gzip = await t.http.get(ASSET).set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gzip.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gzip.text).toContain('发现问题');

    const brotli = await t.http.get(ASSET).set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.text).toContain('销号');
  });

  it('sends the asset uncompressed to a client that does not ask for compression', async () => {
    const plain = await t.http.get(ASSET).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('never lets index.html be cached, whichever path serves it', async () => {
    for (const path of ['/', '/todo', '/index.html']) {
      const page = await t.http.get(path).set('Accept-Encoding', 'gzip').expect(200);
      expect({ path, cacheControl: page.headers['cache-control'] }).toEqual({ path, cacheControl: 'no-cache' });
      expect(page.text).toContain('<div id="root">');
    }
  });

  it('marks API answers no-store and compresses large JSON', async () => {
    expect((await t.http.get('/api/health').expect(200)).headers['cache-control']).toBe('no-store');
    expect((await t.leader.get('/api/board').expect(200)).headers['cache-control']).toBe('no-store');
    expect((await t.http.get('/api/board').expect(401)).headers['cache-control']).toBe('no-store');
    const docs = await t.http.get('/api/docs-json').set('Accept-Encoding', 'gzip').expect(200);
    expect(docs.headers['content-encoding']).toBe('gzip');
    expect(docs.headers['cache-control']).toBe('no-store');
    expect(docs.body.info.title).toBe('整改看板 API');
  });
});
