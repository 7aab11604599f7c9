/** The 初始化 form's values → the request body, checked by the shared setupAdminSchema (the API checks it again). */
import { setupAdminSchema, type SetupAdminRequest } from '@rectify/shared';
import { fieldErrorsFromIssues, type FieldErrors } from '../../../lib/form-errors';

export interface SetupFormValues {
  username?: string;
  displayName?: string;
  password?: string;
  confirmPassword?: string;
}

export type SetupValidation = { ok: true; body: SetupAdminRequest } | { ok: false; fieldErrors: FieldErrors[]; linkProblem: string | null };

export function validateSetup(token: string, values: SetupFormValues): SetupValidation {
  const parsed = setupAdminSchema.safeParse({
    token,
    username: values.username ?? '',
    displayName: values.displayName ?? '',
    password: values.password ?? '',
    confirmPassword: values.confirmPassword ?? '',
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  // The token comes from the link, not from an input: its problem is said above the form.
  const linkIssue = parsed.error.issues.find((i) => i.path[0] === 'token');
  const fieldIssues = parsed.error.issues.filter((i) => i.path[0] !== 'token');
  return { ok: false, fieldErrors: fieldErrorsFromIssues(fieldIssues), linkProblem: linkIssue?.message ?? null };
}
