import { ROLE_LABELS, ROLES, type Role } from '@rectify/shared';
import { Form, Input, Select } from 'antd';
import { DepartmentSelect } from '../../../components/department-select';
import { asksDepartment, roleAbilities } from '../lib/user-form';

const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

/** 姓名, 角色 and — for a 责任部门 account only — 所属部门. */
export function UserProfileFields({ roleLocked }: { roleLocked?: string }) {
  const role = Form.useWatch<Role | undefined>('role');
  return (
    <>
      <Form.Item name="displayName" label="姓名" required extra="显示在看板、历史记录和右上角">
        <Input placeholder="如：张伟" maxLength={30} autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label="角色" required extra={roleLocked ?? (role ? roleAbilities(role) : undefined)}>
        <Select options={ROLE_OPTIONS} placeholder="请选择角色" disabled={!!roleLocked} />
      </Form.Item>
      {asksDepartment(role) && (
        <Form.Item name="departmentId" label="所属部门" required extra="责任部门账号只能看到、办理本部门牵头或配合的事项">
          <DepartmentSelect placeholder="请选择所属部门" allowClear={false} />
        </Form.Item>
      )}
    </>
  );
}
