import type { ChangePasswordRequest } from '@rectify/shared';
import { App, Form, Input, Modal } from 'antd';
import { DialogForm, useSchemaForm } from '../../../lib/forms';
import { useChangePassword } from '../api/change-password';
import { validatePasswordChange, type ChangePasswordValues } from '../lib/change-password';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** 修改密码 (one's own). Afterwards the other devices signed in as this user are signed out; this one stays. */
export function ChangePasswordModal({ open, onClose }: Props) {
  return (
    <Modal open={open} title="修改密码" onCancel={onClose} footer={null} width={440} destroyOnHidden mask={{ closable: false }}>
      {open && <ChangePasswordBody onClose={onClose} />}
    </Modal>
  );
}

function ChangePasswordBody({ onClose }: { onClose: () => void }) {
  const change = useChangePassword();
  const { message } = App.useApp();
  const schemaForm = useSchemaForm<ChangePasswordValues, ChangePasswordRequest>({
    validate: validatePasswordChange,
    send: change.mutateAsync,
    onDone: () => {
      message.success('密码已修改，其他设备上的登录已失效');
      onClose();
    },
    // A message under its field is enough; anything else (network, server) goes below the form.
    fieldErrorsSuffice: true,
  });

  return (
    <DialogForm schemaForm={schemaForm} name="change-password" submitText="确认修改" onCancel={onClose}>
      <Form.Item name="currentPassword" label="当前密码" required>
        <Input.Password placeholder="请输入当前密码" maxLength={128} autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" required extra="至少8位，不能与当前密码相同">
        <Input.Password placeholder="请输入新密码" maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirmPassword" label="确认新密码" required>
        <Input.Password placeholder="请再次输入新密码" maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <p className="field-hint">修改后，本账号在其他设备上的登录将失效，需用新密码重新登录；本机无需重新登录。</p>
    </DialogForm>
  );
}
