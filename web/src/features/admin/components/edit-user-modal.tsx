import type { UpdateUserRequest, UserView } from '@rectify/shared';
import { App, Modal } from 'antd';
import { useCurrentUser } from '../../auth';
import { DialogForm, useSchemaForm } from '../../../lib/forms';
import { useUpdateUser } from '../api/update-user';
import { validateEditUser, type UserFormValues } from '../lib/user-form';
import { UserProfileFields } from './user-form-fields';

interface Props {
  /** The account being edited; null when the dialog is closed. */
  user: UserView | null;
  onClose: () => void;
}

/** 编辑: 姓名, 角色, 所属部门. The username never changes; passwords have their own dialog. */
export function EditUserModal({ user, onClose }: Props) {
  return (
    <Modal
      open={user !== null}
      title={user ? `编辑用户：${user.displayName}（${user.username}）` : ''}
      onCancel={onClose}
      footer={null}
      width={560}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {user && <EditUserBody key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function EditUserBody({ user, onClose }: { user: UserView; onClose: () => void }) {
  const me = useCurrentUser();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const self = user.id === me.id;
  const schemaForm = useSchemaForm<UserFormValues, UpdateUserRequest, UserView>({
    validate: (values) => validateEditUser(user, values),
    // Nothing changed: nothing to send.
    unchanged: (body) => Object.keys(body).length === 0,
    onUnchanged: onClose,
    send: (body) => update.mutateAsync({ id: user.id, body }),
    onDone: (saved) => {
      message.success(`已保存 ${saved.displayName}（${saved.username}）的信息`);
      onClose();
    },
  });

  return (
    <DialogForm
      schemaForm={schemaForm}
      name="edit-user"
      initialValues={{ displayName: user.displayName, role: user.role, departmentId: user.departmentId }}
      submitText="保存"
      onCancel={onClose}
    >
      <UserProfileFields roleLocked={self ? '不能更改自己的角色，以免无人管理系统；如需更改，请由另一位系统管理员办理' : undefined} />
    </DialogForm>
  );
}
