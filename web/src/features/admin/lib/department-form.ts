/** The department form's values ⇄ API bodies; the rules are departmentSchema's. */
import { departmentSchema, updateDepartmentSchema, type Department, type DepartmentRequest, type UpdateDepartmentRequest } from '@rectify/shared';
import { fieldErrorsFromIssues } from '../../../lib/form-errors';
import type { Validation } from './user-form';

export interface DepartmentFormValues {
  name?: string;
  parentId?: string | null;
}

export function departmentToFormValues(department: Department): DepartmentFormValues {
  return { name: department.name, parentId: department.parentId };
}

function input(values: DepartmentFormValues) {
  // A cleared TreeSelect reports undefined: no parent, a top-level department.
  return { name: values.name ?? '', parentId: values.parentId ?? null };
}

export function validateNewDepartment(values: DepartmentFormValues): Validation<DepartmentRequest> {
  const parsed = departmentSchema.safeParse(input(values));
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
}

/** 编辑: rename and/or move; only what changed is sent. */
export function validateDepartmentChange(department: Department, values: DepartmentFormValues): Validation<UpdateDepartmentRequest> {
  const parsed = updateDepartmentSchema.safeParse(input(values));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
  const body: UpdateDepartmentRequest = {};
  if (parsed.data.name !== undefined && parsed.data.name !== department.name) body.name = parsed.data.name;
  if (parsed.data.parentId !== undefined && parsed.data.parentId !== department.parentId) body.parentId = parsed.data.parentId;
  return { ok: true, body };
}
