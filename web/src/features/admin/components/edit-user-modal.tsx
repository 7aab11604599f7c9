import type { UserView } from '@rectify/shared';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../auth';
import { ModalFormFooter } from '../../../components/modal-form-footer';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { clearErrorsOnChange, fieldErrorsFromProblems, problemsFromReasons, showFieldErrors } from '../../../lib/form-errors';
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
  const [form] = Form.useForm<UserFormValues>();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const self = user.id === me.id;

  /** Editing a field clears what was said about it, and the message below the form. */
  function edited(changed: object) {
    clearErrorsOnChange(form, changed);
    setProblem(null);
  }

  async function submit() {
    setProblem(null);
    const result = validateEditUser(user, form.getFieldsValue(true));
    if (!result.ok) {
      showFieldErrors(form, result.fieldErrors);
      return;
    }
    if (Object.keys(result.body).length === 0) {
      onClose();
      return;
    }
    try {
      const saved = await update.mutateAsync({ id: user.id, body: result.body });
      message.success(`已保存 ${saved.displayName}（${saved.username}）的信息`);
      onClose();
    } catch (error) {
      if (isApiError(error)) showFieldErrors(form, fieldErrorsFromProblems(problemsFromReasons(error.reasons)));
      setProblem(errorMessage(error));
    }
  }

  return (
    <>
      <Form
        form={form}
        name="edit-user"
        layout="vertical"
        initialValues={{ displayName: user.displayName, role: user.role, departmentId: user.departmentId }}
        onFinish={submit}
        onValuesChange={edited}
        disabled={update.isPending}
      >
        <UserProfileFields roleLocked={self ? '不能更改自己的角色，以免无人管理系统；如需更改，请由另一位系统管理员办理' : undefined} />
        {problem && <Alert type="error" showIcon title={problem} className="form-error" />}
        <ModalFormFooter submitText="保存" pending={update.isPending} onCancel={onClose} />
      </Form>
    </>
  );
}
