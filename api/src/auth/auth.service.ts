import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor, ChangePasswordRequest, LoginRequest, LoginResponse, SessionView } from '@rectify/shared';
import { LessThan, Not, Repository } from 'typeorm';
import { InvalidRequestError, UnauthenticatedError } from '../common/domain-errors.js';
import { hashPassword, UNMATCHABLE_HASH, verifyPassword } from '../users/password-hasher.js';
import { toActor, UsersService } from '../users/users.service.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionEntity } from '../users/session.entity.js';

export const SESSION_HOURS = 12;
const WRONG_CREDENTIALS = '用户名或密码错误';

/** Warns before the waits begin ("还可尝试2次"), as the sign-in form shows it. */
function triesLeft(remaining: number): string {
  if (remaining === 0) return '，下次尝试须等待1分钟以上';
  return remaining <= 3 ? `，还可尝试${remaining}次` : '';
}

function wrongPassword<E extends UnauthenticatedError | InvalidRequestError>(error: E, remaining: number): E {
  error.remainingAttempts = remaining;
  return error;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface ResolvedSession {
  actor: Actor;
  session: SessionEntity;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly users: UsersService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login({ username, password }: LoginRequest, address: string): Promise<LoginResponse> {
    // Counted before the password is checked: simultaneous guesses cannot all slip past the limit.
    const attempt = await this.throttle.admit(username, address);
    const user = await this.users.findByUsername(username);
    // An unknown user costs the same hashing time as a wrong password, and gets the same answer.
    const matches = await verifyPassword(password, user?.passwordHash ?? UNMATCHABLE_HASH);
    if (!user || !matches) {
      this.throttle.failed(username, address);
      throw wrongPassword(new UnauthenticatedError(WRONG_CREDENTIALS + triesLeft(attempt.remaining)), attempt.remaining);
    }
    await this.throttle.succeeded(attempt);
    if (user.disabled) throw new UnauthenticatedError('该账号已停用，请联系系统管理员');

    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const session: SessionEntity = {
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
    };
    await this.sessions.delete({ userId: user.id, expiresAt: LessThan(now.toISOString()) });
    await this.sessions.insert(session);
    return { token, ...(await this.sessionView(toActor(user), session)) };
  }

  /** The actor behind a token, or 401 when the token is unknown, expired or its user disabled. */
  async resolve(token: string): Promise<ResolvedSession> {
    const session = await this.sessions.findOneBy({ tokenHash: sha256(token) });
    if (!session) throw new UnauthenticatedError('登录已失效，请重新登录');
    if (session.expiresAt <= new Date().toISOString()) {
      await this.sessions.delete({ tokenHash: session.tokenHash });
      throw new UnauthenticatedError('登录已过期，请重新登录');
    }
    const user = await this.users.findById(session.userId);
    if (!user || user.disabled) throw new UnauthenticatedError('该账号已停用，请联系系统管理员');
    return { actor: toActor(user), session };
  }

  async sessionView(actor: Actor, session: SessionEntity): Promise<SessionView> {
    const user = (await this.users.findById(actor.id))!;
    return { user: await this.users.view(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  async logout(session: SessionEntity): Promise<void> {
    await this.sessions.delete({ tokenHash: session.tokenHash });
  }

  /** Changes the actor's own password and signs out their other sessions. */
  async changePassword(actor: Actor, session: SessionEntity, address: string, request: ChangePasswordRequest): Promise<void> {
    // Guessing the current password here is guessing the sign-in password: the same throttle counts it.
    const attempt = await this.throttle.admit(actor.username, address);
    const user = await this.users.findById(actor.id);
    if (!user || !(await verifyPassword(request.currentPassword, user.passwordHash))) {
      this.throttle.failed(actor.username, address);
      const message = '当前密码不正确' + triesLeft(attempt.remaining);
      throw wrongPassword(new InvalidRequestError(message, [{ path: 'currentPassword', message }]), attempt.remaining);
    }
    await this.throttle.succeeded(attempt);
    if (request.currentPassword === request.newPassword) {
      throw new InvalidRequestError('新密码不能与当前密码相同', [{ path: 'newPassword', message: '新密码不能与当前密码相同' }]);
    }
    await this.users.setPasswordHash(user.id, await hashPassword(request.newPassword));
    await this.sessions.delete({ userId: user.id, tokenHash: Not(session.tokenHash) });
  }
}
