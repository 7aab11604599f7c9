import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { Department } from '@rectify/shared';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CreateUserModal } from '../src/features/admin/components/create-user-modal';
import { createUserInput, roleAbilities, validateCreateUser, validateEditUser } from '../src/features/admin/lib/user-form';
import { queryKeys } from '../src/lib/query-keys';
import { DEPARTMENT_ID } from './support/fixtures';
import { renderWithProviders } from './support/providers';

const departments: Department[] = [{ id: DEPARTMENT_ID, name: '办公室', parentId: null }];

// Each test renders a whole antd dialog, which is slow under jsdom.

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function renderModal() {
  const client = new QueryClient();
  // The department list is cached, so the form makes no request of its own.
  client.setQueryData(queryKeys.departments, departments);
  const fetchMock = jest.fn(async () => ({ ok: true, status: 201, text: async () => '{}' }) as Response);
  globalThis.fetch = fetchMock;
  renderWithProviders(<CreateUserModal open onClose={() => {}} />, client);
  return { fetchMock };
}

/** Open the 角色 select and pick an option, as a mouse would (once it has closed from an earlier pick: a mouse-down toggles it). */
async function chooseRole(label: string) {
  await waitFor(() => expect(screen.getByLabelText('角色').getAttribute('aria-expanded')).toBe('false'));
  await act(async () => {
    fireEvent.mouseDown(screen.getByLabelText('角色'));
  });
  const option = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(`.ant-select-item-option[title="${label}"]`);
    if (!found) throw new Error(`no option ${label}`);
    return found;
  });
  await act(async () => {
    fireEvent.click(option);
  });
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '创建' }));
  });
}

describe('新建用户 form', () => {
  it('asks for 所属部门 only when the role is 责任部门', async () => {
    renderModal();
    expect(screen.getByLabelText('用户名')).toBeTruthy();
    expect(screen.getByLabelText('姓名')).toBeTruthy();
    expect(screen.getByLabelText('初始密码')).toBeTruthy();
    expect(screen.queryByLabelText('所属部门')).toBeNull();

    // antd updates watched values after the current task.
    await chooseRole('责任部门');
    await waitFor(() => expect(screen.getByLabelText('所属部门')).toBeTruthy());

    await chooseRole('领导');
    await waitFor(() => expect(screen.queryByLabelText('所属部门')).toBeNull());
  });

  it('shows the schema’s messages under their fields and sends nothing', async () => {
    const { fetchMock } = renderModal();
    await submit();
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(within(dialog).getByText('用户名为3–40位字母、数字、点、下划线或连字符')).toBeTruthy());
    expect(within(dialog).getByText('请填写姓名')).toBeTruthy();
    expect(within(dialog).getByText('密码至少8位')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('requires 所属部门 for a 责任部门 account', async () => {
    const { fetchMock } = renderModal();
    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'wangfang' } });
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '王芳' } });
    fireEvent.change(screen.getByLabelText('初始密码'), { target: { value: 'chushi123456' } });
    await chooseRole('责任部门');
    // As a clerk would, submit once the 所属部门 field has appeared for the chosen role.
    await waitFor(() => expect(screen.getByLabelText('所属部门')).toBeTruthy());
    await submit();
    await waitFor(() => expect(screen.getByText('责任部门账号须选择所属部门，其他角色不选部门')).toBeTruthy());
    // The message sits in the 所属部门 item, not somewhere else in the form.
    const item = screen.getByLabelText('所属部门').closest('.ant-form-item')!;
    expect(item.textContent).toContain('责任部门账号须选择所属部门');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('account form values', () => {
  it('drops a department chosen before switching to a role without one', () => {
    const values = { username: 'liwei', displayName: '李伟', role: 'leader' as const, departmentId: DEPARTMENT_ID, password: 'chushi123456' };
    expect(createUserInput(values)).toMatchObject({ role: 'leader', departmentId: null });
    expect(validateCreateUser(values)).toEqual({
      ok: true,
      body: { username: 'liwei', displayName: '李伟', role: 'leader', departmentId: null, password: 'chushi123456' },
    });
    expect(createUserInput({ ...values, role: 'department' })).toMatchObject({ departmentId: DEPARTMENT_ID });
  });

  it('sends only what an edit changed, with the department when the role changes', () => {
    const user = {
      id: 'u1',
      username: 'dept1',
      displayName: '王蕾',
      role: 'department' as const,
      departmentId: DEPARTMENT_ID,
      departmentName: '办公室',
      disabled: false,
      createdAt: '2026-11-01T00:00:00.000Z',
    };
    expect(validateEditUser(user, { displayName: ' 王蕾 ', role: 'department', departmentId: DEPARTMENT_ID })).toEqual({ ok: true, body: {} });
    expect(validateEditUser(user, { displayName: '王蕾', role: 'inspector', departmentId: DEPARTMENT_ID })).toEqual({
      ok: true,
      body: { role: 'inspector', departmentId: null },
    });
    const empty = validateEditUser(user, { displayName: '', role: 'department', departmentId: DEPARTMENT_ID });
    expect(empty).toEqual({ ok: false, fieldErrors: [{ name: ['displayName'], errors: ['请填写姓名'] }] });
  });

  it('describes a role from the shared permission table', () => {
    const admin = roleAbilities('admin');
    expect(admin).toMatch(/^可以/);
    expect(admin).toContain('管理用户');
    expect(admin).toContain('管理部门');
    expect(admin).not.toContain('查看看板');
    // What every role may do is no distinction and is left out.
    expect(admin).not.toContain('查看部门');
    const inspector = roleAbilities('inspector');
    expect(inspector).toContain('查看看板');
    expect(inspector).toContain('校验历史记录');
    expect(inspector).not.toContain('移动卡片');
    expect(inspector).not.toContain('本部门');
    expect(roleAbilities('department')).toContain('（看板和事项限本部门牵头或配合的）');
  });
});
