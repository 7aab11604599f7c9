/** Sign-in, accounts and departments: the request schemas shared by the API and the admin pages. */
import { z } from 'zod';
import './zod-locale.js';
import { ROLES } from '../access/roles.js';

const password = z.string({ error: '密码应为文字' }).min(8, { error: '密码至少8位' }).max(128, { error: '密码不能超过128位' });

export const loginSchema = z
  .object({
    username: z.string({ error: '请输入用户名' }).trim().min(1, { error: '请输入用户名' }).max(40, { error: '用户名或密码错误' }),
    password: z.string({ error: '请输入密码' }).min(1, { error: '请输入密码' }).max(128, { error: '用户名或密码错误' }),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: '请输入当前密码' }).min(1, { error: '请输入当前密码' }),
    newPassword: password,
  })
  .strict();
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>;

const username = z
  .string({ error: '用户名应为文字' })
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,40}$/, { error: '用户名为3–40位字母、数字、点、下划线或连字符' });
const displayName = z.string({ error: '姓名应为文字' }).trim().min(1, { error: '请填写姓名' }).max(30, { error: '姓名不能超过30字' });
const departmentId = z.string({ error: '所属部门应为部门编号' }).uuid({ error: '所属部门不存在' }).nullable();

/** A 责任部门 account belongs to a department; other roles do not. */
const departmentMatchesRole = (v: { role?: string; departmentId?: string | null }) => v.role === undefined || (v.role === 'department') === !!v.departmentId;
const departmentRule = { error: '责任部门账号须选择所属部门，其他角色不选部门', path: ['departmentId'] };

export const createUserSchema = z
  .object({
    username,
    displayName,
    role: z.enum(ROLES, { error: '角色只能是系统管理员、领导、责任部门或纪检' }),
    departmentId: departmentId.default(null),
    password,
  })
  .strict()
  .refine(departmentMatchesRole, departmentRule);
export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    displayName: displayName.optional(),
    role: z.enum(ROLES, { error: '角色只能是系统管理员、领导、责任部门或纪检' }).optional(),
    departmentId: departmentId.optional(),
    disabled: z.boolean({ error: '“停用”应为是或否' }).optional(),
    /** Set by an admin when a user forgot theirs. */
    password: password.optional(),
  })
  .strict();
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export const departmentSchema = z
  .object({
    name: z.string({ error: '部门名称应为文字' }).trim().min(1, { error: '请填写部门名称' }).max(50, { error: '部门名称不能超过50字' }),
    parentId: z.string({ error: '上级部门应为部门编号' }).uuid({ error: '上级部门不存在' }).nullable().default(null),
  })
  .strict();
export type DepartmentRequest = z.infer<typeof departmentSchema>;
export const updateDepartmentSchema = departmentSchema.partial().strict();
export type UpdateDepartmentRequest = z.infer<typeof updateDepartmentSchema>;
