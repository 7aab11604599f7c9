/**
 * The account forms' values ⇄ API bodies. The rules are the shared schemas'; this only moves data
 * between antd's form (undefined for an untouched input) and the request shapes.
 */
import {
  ACTION_LABELS,
  ACTIONS,
  createUserSchema,
  PERMISSIONS,
  ROLES,
  updateUserSchema,
  type Action,
  type CreateUserRequest,
  type Role,
  type UpdateUserRequest,
  type UserView,
} from '@rectify/shared';
import { fieldErrorsFromIssues } from '../../../lib/form-errors';
import type { Validation } from '../../../lib/forms';

export interface UserFormValues {
  username?: string;
  displayName?: string;
  role?: Role;
  departmentId?: string | null;
  password?: string;
}

export type { Validation };

/** Only a 责任部门 account belongs to a department; for any other role 所属部门 is not asked. */
export function asksDepartment(role: Role | undefined): boolean {
  return role === 'department';
}

/** The create form's values as createUserSchema input (a department chosen before switching role is dropped). */
export function createUserInput(values: UserFormValues): Record<string, unknown> {
  return {
    username: values.username ?? '',
    displayName: values.displayName ?? '',
    ...(values.role ? { role: values.role } : {}),
    departmentId: asksDepartment(values.role) ? (values.departmentId ?? null) : null,
    password: values.password ?? '',
  };
}

export function validateCreateUser(values: UserFormValues): Validation<CreateUserRequest> {
  const parsed = createUserSchema.safeParse(createUserInput(values));
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
}

/** 编辑: 姓名, 角色, 所属部门 — only what changed is sent. */
export function validateEditUser(user: UserView, values: UserFormValues): Validation<UpdateUserRequest> {
  const parsed = updateUserSchema.safeParse({
    displayName: values.displayName ?? '',
    ...(values.role ? { role: values.role } : {}),
    departmentId: asksDepartment(values.role) ? (values.departmentId ?? null) : null,
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
  const body: UpdateUserRequest = {};
  if (parsed.data.displayName !== undefined && parsed.data.displayName !== user.displayName) body.displayName = parsed.data.displayName;
  if (parsed.data.role !== undefined && parsed.data.role !== user.role) body.role = parsed.data.role;
  // Sent with a role change too, so the server checks the pair (a 责任部门 account needs its department).
  if (parsed.data.departmentId !== user.departmentId || body.role) body.departmentId = parsed.data.departmentId ?? null;
  return { ok: true, body };
}

/** 重设密码: the new password under the same rule as any password. */
export function validateResetPassword(password: string | undefined): Validation<UpdateUserRequest> {
  const parsed = updateUserSchema.safeParse({ password: password ?? '' });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
}

// What every role may do (read the department list, …) says nothing about a role; nor does 查看事项,
// which comes with 查看看板.
const IMPLIED: readonly Action[] = [...ACTIONS.filter((action) => ROLES.every((role) => PERMISSIONS[action][role] !== 'none')), 'item.read'];

/** What an account of this role may do, read off the shared permission table (for the role select's hint). */
export function roleAbilities(role: Role): string {
  const allowed = ACTIONS.filter((action) => !IMPLIED.includes(action) && PERMISSIONS[action][role] !== 'none');
  const ownOnly = allowed.some((action) => PERMISSIONS[action][role] === 'own');
  return `可以${allowed.map((action) => ACTION_LABELS[action]).join('、')}${ownOnly ? '（看板和事项限本部门牵头或配合的）' : ''}`;
}
