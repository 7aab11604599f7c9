import type { UpdateUserRequest, UserView } from '@rectify/shared';
import { App, Form, Input, Modal } from 'antd';
import { DialogForm, useSchemaForm } from '../../../lib/forms';
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
  const update = useUpdateUser();
  const { message } = App.useApp();
  const schemaForm = useSchemaForm<{ password?: string }, UpdateUserRequest>({
    validate: (values) => validateResetPassword(values.password),
    send: (body) => update.mutateAsync({ id: user.id, body }),
    onDone: () => {
      message.success(`已重设 ${user.displayName} 的密码，请将新密码告知本人`);
      onClose();
    },
  });

  return (
    <DialogForm schemaForm={schemaForm} name="reset-password" submitText="重设密码" onCancel={onClose}>
      <Form.Item name="password" label="新密码" required extra="至少8位。请告知本人，并提醒其登录后在右上角“修改密码”中改为自己的密码">
        <Input.Password placeholder="请输入新密码" maxLength={128} autoComplete="new-password" autoFocus />
      </Form.Item>
    </DialogForm>
  );
}
