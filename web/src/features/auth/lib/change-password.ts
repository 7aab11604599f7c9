/**
 * The 修改密码 form ⇄ changePasswordSchema. The rules (length, …) are the schema's; that the new
 * password is typed the same twice is only this form's check, against typing mistakes.
 */
import { changePasswordSchema, type ChangePasswordRequest } from '@rectify/shared';
import { fieldErrorsFromIssues, type FieldErrors } from '../../../lib/form-errors';

export interface ChangePasswordValues {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

export const CONFIRM_MISMATCH = '两次输入的新密码不一致';

export type PasswordValidation = { ok: true; body: ChangePasswordRequest } | { ok: false; fieldErrors: FieldErrors[] };

export function validatePasswordChange(values: ChangePasswordValues): PasswordValidation {
  const parsed = changePasswordSchema.safeParse({ currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' });
  const fieldErrors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues);
  if (!values.confirmPassword) fieldErrors.push({ name: ['confirmPassword'], errors: ['请再次输入新密码'] });
  else if (values.confirmPassword !== values.newPassword) fieldErrors.push({ name: ['confirmPassword'], errors: [CONFIRM_MISMATCH] });
  return parsed.success && fieldErrors.length === 0 ? { ok: true, body: parsed.data } : { ok: false, fieldErrors };
}
