import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SetupAdminRequest, SetupStatus, UserView } from '@rectify/shared';
import { ConflictError, ForbiddenError } from '../common/domain-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { UsersService } from '../users/users.service.js';

const ALREADY_SET_UP = '看板已有系统管理员，初始化链接已失效，请直接登录';
const WRONG_TOKEN = '初始化链接无效，请使用看板服务器日志中显示的初始化链接';

/**
 * First run without an administrator (DEMO_DATA=false on an empty database), as Grafana and Jenkins do
 * it: a one-time token, printed in the server log only, lets whoever can read that log create the first
 * 系统管理员 in the browser. Holding the log is the proof of being the one who installed the board.
 * The token lives in memory only: it dies once used, is never valid once any administrator exists, and
 * a restart prints a new one.
 */
@Injectable()
export class SetupService {
  private readonly logger = new Logger('初始化');
  /** SHA-256 of the open token, or null: compared in constant time, never kept in clear. */
  private tokenDigest: Buffer | null = null;

  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Called by main.ts once the app listens (demo data, if any, is in by then): with no administrator,
   * opens a new token and prints the setup link for this machine's addresses. Returns the links.
   */
  async openIfNoAdministrator(port: number): Promise<string[]> {
    if (await this.users.hasAdministrator()) {
      this.tokenDigest = null;
      return [];
    }
    const token = randomBytes(24).toString('base64url');
    this.tokenDigest = digest(token);
    const links = baseUrls(this.config.publicUrl, port).map((base) => `${base}/setup?token=${token}`);
    this.logger.warn(
      `看板还没有系统管理员。请在浏览器中打开下面的一次性初始化链接，创建第一个系统管理员（链接用过即失效，重启看板会生成新链接）：\n${links.map((l) => `    ${l}`).join('\n')}`,
    );
    return links;
  }

  async status(): Promise<SetupStatus> {
    return { pending: this.tokenDigest !== null && !(await this.users.hasAdministrator()) };
  }

  async createFirstAdministrator(request: SetupAdminRequest, from: string): Promise<UserView> {
    if (await this.users.hasAdministrator()) {
      this.tokenDigest = null;
      throw new ConflictError(ALREADY_SET_UP);
    }
    const open = this.tokenDigest;
    if (!open || !timingSafeEqual(digest(request.token), open)) throw new ForbiddenError(WRONG_TOKEN);
    // Taken in the same tick as the check: a second request with the same link cannot pass too.
    this.tokenDigest = null;
    try {
      const admin = await this.users.create(
        {
          username: request.username,
          displayName: request.displayName,
          role: 'admin',
          departmentId: null,
          password: request.password,
        },
        { id: null, displayName: `初始化链接（来源地址 ${from}）` },
      );
      this.logger.log(
        `已通过初始化链接创建第一个系统管理员「${admin.username}」（${admin.displayName}，账号编号 ${admin.id}），来源地址 ${from}；初始化链接已失效`,
      );
      return admin;
    } catch (error) {
      // Nothing was created: the clerk may correct the form and use the same link again.
      this.tokenDigest = open;
      throw error;
    }
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** PUBLIC_URL when set; otherwise localhost and every LAN IPv4 address of this machine. */
function baseUrls(publicUrl: string | undefined, port: number): string[] {
  if (publicUrl) return [publicUrl];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => `http://${a!.address}:${port}`);
  return [`http://localhost:${port}`, ...lan];
}
