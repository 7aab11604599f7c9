import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  changePasswordSchema,
  loginSchema,
  type Actor,
  type ChangePasswordRequest,
  type LoginRequest,
  type LoginResponse,
  type SessionView,
} from '@rectify/shared';
import type { Response } from 'express';
import { openApiSchema } from '../common/openapi.js';
import { servedOverHttps } from '../common/transport.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CurrentActor, Public, SignedIn } from './auth.decorators.js';
import { SESSION_COOKIE, type SessionRequest } from './auth.guard.js';
import { AuthService, SESSION_HOURS } from './auth.service.js';

@ApiTags('登录')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '登录：浏览器得到会话 Cookie，脚本使用返回的 token（Authorization: Bearer）' })
  @ApiBody({ schema: openApiSchema(loginSchema) })
  async login(
    @Body(new ZodValidationPipe(loginSchema)) body: LoginRequest,
    @Req() request: SessionRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const result = await this.auth.login(body, request.ip ?? 'unknown');
    response.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      // Secure only over HTTPS: over plain HTTP on the office LAN the browser would drop the cookie.
      secure: servedOverHttps(request, this.config),
      path: '/',
      maxAge: SESSION_HOURS * 3600_000,
    });
    return result;
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录' })
  async logout(@Req() request: SessionRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(request.session!);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: '当前登录用户及浏览器写操作所需的安全令牌' })
  me(@CurrentActor() actor: Actor, @Req() request: SessionRequest): Promise<SessionView> {
    return this.auth.sessionView(actor, request.session!);
  }

  @Post('password')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: '修改本人密码（其他设备上的登录随之失效）' })
  @ApiBody({ schema: openApiSchema(changePasswordSchema) })
  changePassword(
    @CurrentActor() actor: Actor,
    @Req() request: SessionRequest,
    @Body(new ZodValidationPipe(changePasswordSchema)) body: ChangePasswordRequest,
  ): Promise<void> {
    return this.auth.changePassword(actor, request.session!, request.ip ?? 'unknown', body);
  }
}
