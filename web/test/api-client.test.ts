import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ApiError, apiRequest, buildUrl, setCsrfToken, setUnauthenticatedHandler } from '../src/lib/api-client';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

// jsdom has no Response class; the client only reads ok, status and text().
const response = (status: number, body: unknown) =>
  ({ ok: status >= 200 && status < 300, status, text: async () => (body === undefined ? '' : JSON.stringify(body)) }) as Response;

function answer(status: number, body: unknown) {
  globalThis.fetch = jest.fn(async () => response(status, body));
}

describe('api client', () => {
  it('builds relative /api URLs, leaving out empty parameters', () => {
    expect(buildUrl('/board', { source: '巡察反馈', q: '', department: undefined, limit: 50 })).toBe(
      `/api/board?source=${encodeURIComponent('巡察反馈')}&limit=50`,
    );
  });

  it('throws an ApiError with the server’s message and reasons on a refused move', async () => {
    const reasons = [{ column: 'deadline', field: 'deadline', message: '缺少整改时限' }];
    answer(422, { statusCode: 422, message: '不能移入「明确时限」：缺少整改时限', reasons });
    const error = await apiRequest('/items/x/move', { method: 'POST', body: { to: 'deadline', version: 1 } }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, message: '不能移入「明确时限」：缺少整改时限', reasons });
  });

  it('falls back to a Chinese sentence when the body has no message (e.g. a proxy error)', async () => {
    answer(502, undefined);
    await expect(apiRequest('/board')).rejects.toMatchObject({ status: 502, message: '服务器暂时无法处理请求（502），请稍后重试' });
  });

  it('reports an unreachable server in Chinese', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiRequest('/board')).rejects.toMatchObject({ status: 0, message: '无法连接服务器，请检查网络后重试' });
  });

  it('sends JSON bodies and returns the parsed answer', async () => {
    const fetchMock = jest.fn(async (_url: string | URL | Request, _init?: RequestInit) => response(201, { id: '1' }));
    globalThis.fetch = fetchMock;
    await expect(apiRequest('/items', { method: 'POST', body: { title: '标题' } })).resolves.toEqual({ id: '1' });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/items');
    expect(init).toMatchObject({ method: 'POST', body: JSON.stringify({ title: '标题' }) });
    expect((init!.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('sends the session’s CSRF token on writes only', async () => {
    const fetchMock = jest.fn(async (_url: string | URL | Request, _init?: RequestInit) => response(200, {}));
    globalThis.fetch = fetchMock;
    setCsrfToken('tok-123');
    await apiRequest('/board');
    await apiRequest('/items/1', { method: 'PATCH', body: { version: 1 } });
    const headers = fetchMock.mock.calls.map(([, init]) => init!.headers as Record<string, string>);
    expect(headers[0]['X-CSRF-Token']).toBeUndefined();
    expect(headers[1]['X-CSRF-Token']).toBe('tok-123');
  });

  it('reports a lost session, except where a 401 is the expected answer', async () => {
    let lost = 0;
    setUnauthenticatedHandler(() => lost++);
    answer(401, { statusCode: 401, message: '请先登录' });
    await expect(apiRequest('/board')).rejects.toMatchObject({ status: 401, message: '请先登录' });
    expect(lost).toBe(1);
    await expect(apiRequest('/auth/me', { expectUnauthenticated: true })).rejects.toMatchObject({ status: 401 });
    expect(lost).toBe(1);
  });
});
