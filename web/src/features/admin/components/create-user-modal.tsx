import type { CreateUserRequest, UserView } from '@rectify/shared';
import { App, Form, Input, Modal } from 'antd';
import { DialogForm, useSchemaForm } from '../../../lib/forms';
import { useCreateUser } from '../api/create-user';
import { validateCreateUser, type UserFormValues } from '../lib/user-form';
import { UserProfileFields } from './user-form-fields';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** 新建用户: checked against createUserSchema here, and again by the server (e.g. a taken username). */
export function CreateUserModal({ open, onClose }: Props) {
  return (
    <Modal open={open} title="新建用户" onCancel={onClose} footer={null} width={560} destroyOnHidden mask={{ closable: false }}>
      {/* A fresh, empty form each time the dialog opens. */}
      {open && <CreateUserBody onClose={onClose} />}
    </Modal>
  );
}

function CreateUserBody({ onClose }: { onClose: () => void }) {
  const create = useCreateUser();
  const { message } = App.useApp();
  const schemaForm = useSchemaForm<UserFormValues, CreateUserRequest, UserView>({
    validate: validateCreateUser,
    send: create.mutateAsync,
    onDone: (user) => {
      message.success(`已创建用户 ${user.displayName}（${user.username}），请将用户名和初始密码告知本人`);
      onClose();
    },
  });

  return (
    <DialogForm schemaForm={schemaForm} name="create-user" submitText="创建" onCancel={onClose}>
      <Form.Item name="username" label="用户名" required extra="登录时使用，3–40位字母、数字、点、下划线或连字符；创建后不能修改">
        <Input placeholder="如：zhangwei" maxLength={40} autoComplete="off" autoFocus />
      </Form.Item>
      <UserProfileFields />
      <Form.Item name="password" label="初始密码" required extra="至少8位。请告知本人，登录后可在右上角“修改密码”中改为自己的密码">
        <Input.Password placeholder="请输入初始密码" maxLength={128} autoComplete="new-password" />
      </Form.Item>
    </DialogForm>
  );
}
