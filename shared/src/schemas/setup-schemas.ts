/** First-run setup: the one request that creates the first 系统管理员 from the link in the server log. */
import { z } from 'zod';
import './zod-locale.js';
import { createUserSchema } from './account-schemas.js';

// The same rules as any account an admin creates (one copy, in account-schemas.ts).
const { username, displayName, password } = createUserSchema.shape;

export const setupAdminSchema = z
  .object({
    token: z
      .string({ error: '初始化链接不完整，请使用服务器日志中显示的完整链接' })
      .min(1, { error: '初始化链接不完整，请使用服务器日志中显示的完整链接' })
      .max(200, { error: '初始化链接无效，请使用服务器日志中显示的链接' }),
    username,
    displayName,
    password,
    /** Typed twice: nobody else can tell the first administrator a mistyped password. */
    confirmPassword: z.string({ error: '请再次输入密码' }).min(1, { error: '请再次输入密码' }),
  })
  .strict()
  .refine((v) => v.password === v.confirmPassword, { error: '两次输入的密码不一致', path: ['confirmPassword'] });
export type SetupAdminRequest = z.infer<typeof setupAdminSchema>;

/** GET /api/setup: whether the board still waits for its first administrator. */
export interface SetupStatus {
  pending: boolean;
}
