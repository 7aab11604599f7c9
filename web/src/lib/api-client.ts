/**
 * The one way the app talks to the API. Every failure becomes an ApiError whose `message` is a
 * Chinese sentence a clerk can read (the server's own message whenever it sent one).
 */
import type { ApiErrorBody } from '@rectify/shared';

export type ApiErrorReason = NonNullable<ApiErrorBody['reasons']>[number];

export class ApiError extends Error {
  readonly status: number;
  readonly reasons: ApiErrorReason[];
  /** The parsed answer, for endpoints whose refusal carries a report (the 台账 import's 422). */
  readonly body: unknown;

  constructor(status: number, message: string, reasons: ApiErrorReason[] = [], body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.reasons = reasons;
    this.body = body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Message for any thrown value, so UI code never shows "[object Object]" or English. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return '操作失败，请稍后重试';
}

/** The reasons' sentences ("缺少整改时限", …), for listing under a refusal. */
export function reasonMessages(error: unknown): string[] {
  return isApiError(error) ? error.reasons.map((r) => r.message) : [];
}

// Used only when the server (or a proxy in front of it) did not send a message of its own.
function fallbackMessage(status: number): string {
  if (status === 400) return '提交的内容有误，请检查后重试';
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status === 403) return '没有权限进行此操作';
  if (status === 404) return '请求的内容不存在或已被删除';
  if (status === 409) return '数据已被他人修改，请刷新后重试';
  if (status === 422) return '不符合办理条件，操作未完成';
  if (status >= 500) return `服务器暂时无法处理请求（${status}），请稍后重试`;
  return `请求失败（${status}），请稍后重试`;
}

function toApiError(status: number, body: unknown): ApiError {
  const data = (body && typeof body === 'object' ? body : {}) as Partial<ApiErrorBody> & { message?: unknown };
  // Nest sends an array of messages for some framework errors; join them rather than lose them.
  const message = Array.isArray(data.message)
    ? data.message.filter((m) => typeof m === 'string').join('；')
    : typeof data.message === 'string'
      ? data.message
      : '';
  const reasons = Array.isArray(data.reasons) ? data.reasons : [];
  return new ApiError(status, message || fallbackMessage(status), reasons, body);
}

/**
 * The session's CSRF token (from GET /api/auth/me). The session cookie is sent by the browser on its
 * own; every write must also carry this token to prove it came from this page.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (401), so the app can show the sign-in page. */
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export type QueryParams = Record<string, string | number | null | undefined>;

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 here is an answer, not a lost session (signing in, asking who is signed in). */
  expectUnauthenticated?: boolean;
}

/** Sends the request: JSON bodies as JSON, FormData (file uploads) as multipart; writes carry the CSRF token. */
async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const { method = 'GET', query, body, signal } = options;
  const headers: Record<string, string> = { Accept: accept };
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  // For FormData the browser writes the multipart Content-Type with its boundary itself.
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const url = buildUrl(path, query);
  // The first GETs (who is signed in, the board) may already be under way from public/boot.js.
  const early = method === 'GET' ? takeEarlyRequest(url) : undefined;
  try {
    if (early) return await early;
    return await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    // An abort is React Query cancelling a request, not a failure to report.
    if (signal?.aborted) throw error;
    throw new ApiError(0, '无法连接服务器，请检查网络后重试');
  }
}

async function failure(response: Response, expectUnauthenticated: boolean): Promise<ApiError> {
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (response.status === 401 && !expectUnauthenticated) onUnauthenticated?.();
  return toApiError(response.status, data);
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { expectUnauthenticated = false } = options;
  const response = await send(path, options, 'application/json');
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && !expectUnauthenticated) onUnauthenticated?.();
    throw toApiError(response.status, data);
  }
  return data as T;
}

/** The file name a download was sent with (RFC 6266: the UTF-8 `filename*` first, then `filename`). */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** A file from the API (.docx, .xlsx); failures become ApiErrors with the server's Chinese message. */
export async function apiDownload(path: string, options: RequestOptions & { fallbackName: string }): Promise<DownloadedFile> {
  const response = await send(path, options, '*/*');
  if (!response.ok) throw await failure(response, false);
  return { blob: await response.blob(), fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), options.fallbackName) };
}

/** Hands a downloaded file to the browser, which saves it under its name. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  /** multipart/form-data (file uploads), with the CSRF header like every write. */
  upload: <T>(path: string, form: FormData) => apiRequest<T>(path, { method: 'POST', body: form }),
};

/** An answer public/boot.js asked for before the app's code ran, taken once. */
function takeEarlyRequest(url: string): Promise<Response> | undefined {
  const early = (globalThis as { __earlyRequests?: Record<string, Promise<Response>> }).__earlyRequests;
  const request = early?.[url];
  if (request) delete early[url];
  return request;
}
