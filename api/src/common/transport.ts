import type { Request } from 'express';
import type { AppConfig } from '../config/app-config.js';

/**
 * Whether this request reached the board over HTTPS: directly, through a trusted proxy's
 * X-Forwarded-Proto (TRUST_PROXY), or because PUBLIC_URL says clerks use https://. Only then may the
 * answer carry HSTS, `upgrade-insecure-requests` and a Secure cookie: on plain HTTP in an office LAN
 * (http://zgkb.lan:3000) those make the browser refuse the page or drop the session.
 */
export function servedOverHttps(request: Request, config: Pick<AppConfig, 'publicUrl'>): boolean {
  return request.secure || !!config.publicUrl?.startsWith('https:');
}
