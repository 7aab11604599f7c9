import type { UserView } from '@rectify/shared';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ModalFormFooter } from '../../../components/modal-form-footer';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { clearErrorsOnChange, fieldErrorsFromProblems, problemsFromReasons, showFieldErrors } from '../../../lib/form-errors';
import { useUpdateUser } from '../api/update-user';
import { validateResetPassword } from '../lib/user-form';

interface Props {
  /** Whose password is reset; null when the dialog is closed. */
  user: UserView | null;
  onClose: () => void;
}

/** 重设密码: for someone who forgot theirs. The admin tells them the new one. */
export function ResetPasswordModal({ user, onClose }: Props) {
  return (
    <Modal
      open={user !== null}
      title={user ? `重设密码：${user.displayName}（${user.username}）` : ''}
      onCancel={onClose}
      footer={null}
      width={480}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {user && <ResetPasswordBody key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function ResetPasswordBody({ user, onClose }: { user: UserView; onClose: () => void }) {
  const [form] = Form.useForm<{ password?: string }>();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);

  /** Editing a field clears what was said about it, and the message below the form. */
  function edited(changed: object) {
    clearErrorsOnChange(form, changed);
    setProblem(null);
  }

  async function submit() {
    setProblem(null);
    const result = validateResetPassword(form.getFieldValue('password'));
    if (!result.ok) {
      showFieldErrors(form, result.fieldErrors);
      return;
    }
    try {
      await update.mutateAsync({ id: user.id, body: result.body });
      message.success(`已重设 ${user.displayName} 的密码，请将新密码告知本人`);
      onClose();
    } catch (error) {
      if (isApiError(error)) showFieldErrors(form, fieldErrorsFromProblems(problemsFromReasons(error.reasons)));
      setProblem(errorMessage(error));
    }
  }

  return (
    <>
      <Form form={form} name="reset-password" layout="vertical" onFinish={submit} onValuesChange={edited} disabled={update.isPending}>
        <Form.Item name="password" label="新密码" required extra="至少8位。请告知本人，并提醒其登录后在右上角“修改密码”中改为自己的密码">
          <Input.Password placeholder="请输入新密码" maxLength={128} autoComplete="new-password" autoFocus />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} className="form-error" />}
        <ModalFormFooter submitText="重设密码" pending={update.isPending} onCancel={onClose} />
      </Form>
    </>
  );
}
