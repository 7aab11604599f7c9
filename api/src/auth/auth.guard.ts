import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canDo, type Action } from '@rectify/shared';
import { parseCookie } from 'cookie';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../common/domain-errors.js';
import { IS_PUBLIC, REQUIRED_ACTION, type AuthenticatedRequest } from './auth.decorators.js';
import { AuthService, type ResolvedSession } from './auth.service.js';

export const SESSION_COOKIE = 'rb_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type SessionRequest = Request & AuthenticatedRequest & { session?: ResolvedSession['session'] };

/**
 * Runs before every endpoint: who is calling (bearer token or session cookie), CSRF for browser
 * writes, and the access table's verdict on the endpoint's action. Item-level reach (own department)
 * is checked by the services, which load the item.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<SessionRequest>();
    const { token, fromCookie } = credentials(request);
    if (!token) throw new UnauthenticatedError('请先登录');
    const { actor, session } = await this.auth.resolve(token);
    // A cookie is sent by the browser on its own; a write must also prove it came from our page.
    if (fromCookie && !SAFE_METHODS.has(request.method) && request.header(CSRF_HEADER) !== session.csrfToken) {
      throw new ForbiddenError('页面安全令牌已失效，请刷新页面后重试');
    }
    request.actor = actor;
    request.session = session;

    const action = this.reflector.getAllAndOverride<Action | 'signed-in' | undefined>(REQUIRED_ACTION, targets);
    if (!action) {
      // Fail closed: an endpoint nobody classified is refused rather than open to every user.
      this.logger.error(`接口 ${request.method} ${request.path} 未声明所需权限`);
      throw new ForbiddenError('没有权限执行此操作');
    }
    if (action === 'signed-in') return true;
    const decision = canDo(actor, action);
    if (!decision.allowed) throw new ForbiddenError(decision.reason!);
    return true;
  }
}

function credentials(request: Request): { token: string | undefined; fromCookie: boolean } {
  const header = request.header('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return { token: match?.[1], fromCookie: false };
  }
  const cookies = request.header('cookie');
  return { token: cookies ? parseCookie(cookies)[SESSION_COOKIE] : undefined, fromCookie: true };
}
