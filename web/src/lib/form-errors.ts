/**
 * Turns the shared schemas' Chinese problems (and the API's 400 `reasons`) into antd Form field
 * errors, so a message appears under the input it is about.
 */
import { describeIssues, FIELD_LABELS, type FieldProblem } from '@rectify/shared';

export type ZodIssues = Parameters<typeof describeIssues>[0];
export type FieldName = (string | number)[];

export interface FieldErrors {
  name: FieldName;
  errors: string[];
}

/** 'measures.0.content' → ['measures', 0, 'content'] (antd Form.List paths use numbers). */
export function toFieldName(path: string): FieldName {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

// describeIssues prefixes "整改时限：" for summaries; under the input itself the label is already visible.
function withoutLabel(path: string, message: string): string {
  const head = path.split('.')[0];
  const label = head in FIELD_LABELS ? FIELD_LABELS[head as keyof typeof FIELD_LABELS] : '';
  return label && message.startsWith(`${label}：`) ? message.slice(label.length + 1) : message;
}

export function fieldErrorsFromProblems(problems: readonly FieldProblem[]): FieldErrors[] {
  const byPath = new Map<string, string[]>();
  for (const { path, message } of problems) {
    const list = byPath.get(path) ?? [];
    list.push(withoutLabel(path, message));
    byPath.set(path, list);
  }
  return [...byPath].map(([path, errors]) => ({ name: toFieldName(path), errors }));
}

export function fieldErrorsFromIssues(issues: ZodIssues): FieldErrors[] {
  return fieldErrorsFromProblems(describeIssues(issues));
}

/** The API's 400 reasons that point at a field ({path, message}); gate reasons have no path. */
export function problemsFromReasons(reasons: readonly unknown[]): FieldProblem[] {
  return reasons.flatMap((r) =>
    r && typeof r === 'object' && 'path' in r && typeof r.path === 'string' && 'message' in r && typeof r.message === 'string'
      ? [{ path: r.path, message: r.message }]
      : [],
  );
}

/**
 * Show errors under their inputs. Paths come from the server or the schema at run time, so they
 * cannot be checked against the form's value type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- antd's setFields is typed by the form's values; these paths are not
export function showFieldErrors(form: { setFields: (fields: any[]) => void }, errors: readonly FieldErrors[]): void {
  form.setFields(errors.map((e) => ({ name: e.name, errors: e.errors })));
}

interface ErrorForm {
  getFieldsError: () => { name: FieldName; errors: string[] }[];
  // Typed loosely on purpose, like showFieldErrors: the paths are only known at run time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  setFields: (fields: any[]) => void;
}

/**
 * Errors set by hand (these forms have no antd rules) stay until cleared: clear a field's errors,
 * and those of its rows, as soon as the clerk edits it. Use as Form `onValuesChange`.
 */
export function clearErrorsOnChange(form: ErrorForm, changedValues: object): void {
  const changed = new Set(Object.keys(changedValues));
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0 && changed.has(String(f.name[0])));
  if (stale.length > 0) form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
}
