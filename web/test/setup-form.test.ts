import { describe, expect, it } from '@jest/globals';
import { validateSetup } from '../src/features/setup/lib/setup-form';

describe('the 初始化 form', () => {
  const filled = { username: 'admin', displayName: '系统管理员', password: 'chushi-mima-2026', confirmPassword: 'chushi-mima-2026' };

  it('sends the token from the link with the four fields', () => {
    expect(validateSetup('abc', filled)).toEqual({ ok: true, body: { token: 'abc', ...filled } });
  });

  it('puts each problem under its input, in Chinese, by the shared schema', () => {
    const result = validateSetup('abc', { username: 'a', password: 'short', confirmPassword: 'other' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.fieldErrors.map((e) => [e.name.join('.'), e.errors.join('；')]));
    expect(byField).toEqual({
      username: expect.stringMatching(/3–40位/),
      displayName: expect.stringMatching(/请填写姓名/),
      password: expect.stringMatching(/至少8位/),
      confirmPassword: '两次输入的密码不一致',
    });
    expect(result.linkProblem).toBeNull();
  });

  it('says above the form when the link has no token, rather than under an input the clerk cannot see', () => {
    const result = validateSetup('', filled);
    expect(result).toEqual({ ok: false, fieldErrors: [], linkProblem: '初始化链接不完整，请使用服务器日志中显示的完整链接' });
  });
});
