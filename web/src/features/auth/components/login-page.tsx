import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginSchema } from '@rectify/shared';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { clearErrorsOnChange, fieldErrorsFromIssues, showFieldErrors } from '../../../lib/form-errors';
import { SetupPendingNotice } from '../../setup';
import { useSession } from '../api/get-session';
import { useLogin } from '../api/login';
import { useDocumentTitle } from '../../../hooks/use-document-title';

interface LoginValues {
  username?: string;
  password?: string;
}

/** Only same-site paths: a crafted ?next= must not send the clerk to another site after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  useDocumentTitle('登录');
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const login = useLogin();
  const [problem, setProblem] = useState<string | null>(null);
  // Tries left before each further one must wait (the API counts them; the message says "还可尝试N次").
  const [remaining, setRemaining] = useState<number | null>(null);
  const next = safeNext(params.get('next'));

  if (session) return <Navigate to={next} replace />;

  async function submit() {
    setProblem(null);
    setRemaining(null);
    const values = form.getFieldsValue();
    const parsed = loginSchema.safeParse({ username: values.username ?? '', password: values.password ?? '' });
    if (!parsed.success) {
      showFieldErrors(form, fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    try {
      await login.mutateAsync(parsed.data);
      void navigate(next, { replace: true });
    } catch (error) {
      setProblem(errorMessage(error));
      const left = isApiError(error) ? (error.body as { remainingAttempts?: unknown } | undefined)?.remainingAttempts : undefined;
      setRemaining(typeof left === 'number' ? left : null);
      form.setFieldValue('password', '');
    }
  }

  return (
    <div className="login-page">
      <div className="login-panel">
        <div className="login-brand">
          <h1 className="board-title">整改看板</h1>
          <p className="login-subtitle">整改问题清单 · 发现问题、制定措施、明确时限、整改中、销号</p>
        </div>
        <SetupPendingNotice />
        <Form form={form} layout="vertical" onFinish={submit} onValuesChange={(changed) => clearErrorsOnChange(form, changed)} requiredMark={false}>
          <Form.Item name="username" label="用户名">
            <Input prefix={<UserOutlined aria-hidden="true" />} autoComplete="username" autoFocus placeholder="请输入用户名" size="large" />
          </Form.Item>
          <Form.Item name="password" label="密码">
            <Input.Password prefix={<LockOutlined aria-hidden="true" />} autoComplete="current-password" placeholder="请输入密码" size="large" />
          </Form.Item>
          {problem && (
            <Alert
              type={remaining !== null && remaining > 0 && remaining <= 3 ? 'warning' : 'error'}
              showIcon
              title={problem}
              description={remaining !== null && remaining <= 3 ? '连续输错后须等待一段时间才能再试；忘记密码请联系系统管理员重置。' : undefined}
              className="login-error"
            />
          )}
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            登录
          </Button>
        </Form>
        <p className="login-footnote">忘记密码请联系系统管理员重置。</p>
      </div>
    </div>
  );
}
