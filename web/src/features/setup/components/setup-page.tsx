import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { SetupAdminRequest, UserView } from '@rectify/shared';
import { Alert, Button, Form, Input, Result, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../../lib/api-client';
import { FormProblemAlert, useSchemaForm } from '../../../lib/forms';
import { useCreateFirstAdmin } from '../api/create-first-admin';
import { useSetupStatus } from '../api/get-setup-status';
import { validateSetup, type SetupFormValues } from '../lib/setup-form';
import { useDocumentTitle } from '../../../hooks/use-document-title';

const LINK_HINT = '初始化链接在启动看板的终端或服务日志中，形如 http://服务器地址:3000/setup?token=…';

/**
 * 初始化 (/setup?token=…): on a board without any 系统管理员, the link printed in the server log opens
 * this page, which creates the first one. The link works once; afterwards the page sends to sign-in.
 */
export function SetupPage() {
  useDocumentTitle('初始化');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const status = useSetupStatus();
  const [created, setCreated] = useState<UserView | null>(null);

  let body;
  if (created) body = <Created admin={created} />;
  else if (status.isPending) body = <Spin description="正在检查看板状态…" />;
  else if (status.isError) body = <Alert type="error" showIcon title={errorMessage(status.error)} />;
  else if (!status.data.pending) body = <AlreadySetUp />;
  else if (!token)
    body = <Alert type="warning" showIcon title="初始化链接不完整" description={`请复制服务器日志中显示的完整链接（含 ?token=…）。${LINK_HINT}`} />;
  else body = <SetupForm token={token} onCreated={setCreated} />;

  return (
    <div className="login-page">
      <div className="login-panel">
        <div className="login-brand">
          <h1 className="board-title">整改看板 · 初始化</h1>
          <p className="login-subtitle">创建第一个系统管理员，由他在“系统管理”中建立部门和其他账号</p>
        </div>
        {body}
      </div>
    </div>
  );
}

function SetupForm({ token, onCreated }: { token: string; onCreated: (admin: UserView) => void }) {
  const create = useCreateFirstAdmin();
  const schemaForm = useSchemaForm<SetupFormValues, SetupAdminRequest, UserView>({
    validate: (values) => {
      const result = validateSetup(token, values);
      return result.ok ? result : { ...result, problem: result.linkProblem };
    },
    renderedOnly: true,
    send: create.mutateAsync,
    onDone: onCreated,
  });

  return (
    <Form {...schemaForm.formProps} name="setup" layout="vertical" requiredMark={false}>
      <Form.Item name="username" label="用户名" extra="登录时使用，3–40位字母、数字、点、下划线或连字符">
        <Input prefix={<UserOutlined aria-hidden="true" />} placeholder="如：admin" maxLength={40} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item name="displayName" label="姓名">
        <Input placeholder="如：系统管理员" maxLength={30} />
      </Form.Item>
      <Form.Item name="password" label="密码" extra="至少8位">
        <Input.Password prefix={<LockOutlined aria-hidden="true" />} placeholder="请输入密码" maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirmPassword" label="确认密码">
        <Input.Password prefix={<LockOutlined aria-hidden="true" />} placeholder="请再次输入密码" maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <FormProblemAlert problem={schemaForm.problem} className="login-error" />
      <Button type="primary" htmlType="submit" block size="large" loading={schemaForm.pending}>
        创建系统管理员
      </Button>
    </Form>
  );
}

function Created({ admin }: { admin: UserView }) {
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={`已创建系统管理员「${admin.username}」`}
      subTitle={`${admin.displayName}，请用刚才设置的用户名和密码登录。初始化链接已失效。`}
      extra={
        <Button type="primary" size="large" onClick={() => navigate('/login', { replace: true })}>
          前往登录
        </Button>
      }
    />
  );
}

function AlreadySetUp() {
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title="看板已有系统管理员"
      subTitle="初始化链接已失效，请直接登录。忘记密码请联系系统管理员重置。"
      extra={
        <Button type="primary" size="large" onClick={() => navigate('/login', { replace: true })}>
          前往登录
        </Button>
      }
    />
  );
}
