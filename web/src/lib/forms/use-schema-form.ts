/**
 * The one way a form on the web submits: validate the values with a shared zod schema (or a
 * function built on one), put the Chinese messages under their fields, send, and on a refusal show
 * the server's field reasons under their fields and its message below the form. A 409 (someone
 * else saved first) says so, in the server's words unless the form says more. While the request is
 * out the form, and its submit button, are disabled, and a second submit is ignored.
 */
import { Form, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { errorMessage, isApiError, type ApiError } from '../api-client';
import {
  clearErrorsOnChange,
  fieldErrorsFromIssues,
  fieldErrorsFromProblems,
  problemsFromReasons,
  showFieldErrors,
  type FieldErrors,
  type ZodIssues,
} from '../form-errors';

/** What the form says below its fields: a sentence, and optionally lines under it (reasons, advice). */
export interface FormProblem {
  message: string;
  lines?: string[];
}

/** What a form's values come to: the request body, or what is wrong with them. */
export type Validation<Body> =
  | { ok: true; body: Body }
  | {
      ok: false;
      /** Messages under their inputs. */
      fieldErrors: readonly FieldErrors[];
      /** A refusal that belongs to no single input (a permission, a gate), shown below the form. */
      problem?: string | FormProblem | null;
    };

/** What the form needs of a shared request schema (any zod object schema fits). */
export interface RequestSchema<Body> {
  safeParse(value: unknown): { success: true; data: Body } | { success: false; error: { issues: ZodIssues } };
}

/** Validates with a shared schema; `input` turns the form's values into the schema's input first. */
export function schemaValidation<Values, Body>(
  schema: RequestSchema<Body>,
  input: (values: Values) => unknown = (values) => values,
): (values: Values) => Validation<Body> {
  return (values) => {
    const parsed = schema.safeParse(input(values));
    return parsed.success ? { ok: true, body: parsed.data } : { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
  };
}

export interface SchemaFormOptions<Values, Body, Result> {
  /** The antd form, when the caller needs it before the hook (Form.useForm() otherwise). */
  form?: FormInstance<Values>;
  /** The values (all of them, rendered or not) → the body, or the errors. A shared schema, or a function on one. */
  validate: RequestSchema<Body> | ((values: Values) => Validation<Body>);
  /** Sends the body (a mutation's mutateAsync); a thrown ApiError is the server's refusal. */
  send: (body: Body) => Promise<Result>;
  /** After the server said yes: the success message, closing the dialog. */
  onDone: (result: Result, body: Body) => void;
  /** A valid body that changes nothing is not sent: onUnchanged runs instead (e.g. close the dialog). */
  unchanged?: (body: Body) => boolean;
  onUnchanged?: () => void;
  /**
   * A 409 (someone else saved first). What to show below the form, or null to show nothing (the
   * caller reloads instead). By default the server's message (…已被他人修改，请刷新后重试).
   */
  onConflict?: (error: ApiError) => string | FormProblem | null | Promise<string | FormProblem | null>;
  /** The message below the form for any other refusal; by default the server's sentence. */
  describeError?: (error: unknown) => string | FormProblem;
  /**
   * Validate only the fields on screen (a field hidden by a choice keeps its value in antd's store but
   * is not sent); by default every value, rendered or not, as the validate function sorts them out.
   */
  renderedOnly?: boolean;
  /** When the server's reasons went under their fields, say nothing more below the form (default: say both). */
  fieldErrorsSuffice?: boolean;
}

export interface SchemaForm<Values> {
  form: FormInstance<Values>;
  /** The request is out: the form is disabled and a second submit is ignored. */
  pending: boolean;
  /** What is shown below the form, or null. */
  problem: FormProblem | null;
  setProblem: (problem: string | FormProblem | null) => void;
  /** Validates the current values and sends them (the Form's onFinish; a Modal's onOk). */
  submit: () => Promise<void>;
  /** Spread on <Form>: the form, onFinish, onValuesChange (editing clears what was said), disabled. */
  formProps: {
    form: FormInstance<Values>;
    onFinish: () => Promise<void>;
    onValuesChange: (changed: object) => void;
    disabled: boolean;
  };
}

const asProblem = (problem: string | FormProblem | null | undefined): FormProblem | null =>
  problem == null ? null : typeof problem === 'string' ? { message: problem } : problem;

/** One form's submit / validate / field errors / refusal handling; see the file's comment. */
export function useSchemaForm<Values extends object, Body, Result = unknown>(options: SchemaFormOptions<Values, Body, Result>): SchemaForm<Values> {
  const [ownForm] = Form.useForm<Values>();
  const form = options.form ?? ownForm;
  const [pending, setPending] = useState(false);
  const [problem, setProblemState] = useState<FormProblem | null>(null);
  // A guard a re-render cannot lag behind: a second click before React re-rendered is still ignored.
  const sending = useRef(false);
  const setProblem = (next: string | FormProblem | null) => setProblemState(asProblem(next));

  async function submit() {
    if (sending.current) return;
    const { validate, send, onDone, unchanged, onUnchanged, onConflict, describeError, fieldErrorsSuffice, renderedOnly } = options;
    setProblemState(null);
    const check = typeof validate === 'function' ? validate : schemaValidation<Values, Body>(validate);
    const result = check((renderedOnly ? form.getFieldsValue() : form.getFieldsValue(true)) as Values);
    if (!result.ok) {
      showFieldErrors(form, result.fieldErrors);
      setProblemState(asProblem(result.problem));
      return;
    }
    if (unchanged?.(result.body)) {
      onUnchanged?.();
      return;
    }
    sending.current = true;
    setPending(true);
    let answer: { ok: true; value: Result } | { ok: false; error: unknown };
    try {
      answer = { ok: true, value: await send(result.body) };
    } catch (error) {
      answer = { ok: false, error };
    } finally {
      sending.current = false;
      setPending(false);
    }
    if (answer.ok) {
      onDone(answer.value, result.body);
      return;
    }
    const { error } = answer;
    if (isApiError(error) && error.status === 409) {
      setProblemState(asProblem(onConflict ? await onConflict(error) : errorMessage(error)));
      return;
    }
    const fields = isApiError(error) ? fieldErrorsFromProblems(problemsFromReasons(error.reasons)) : [];
    showFieldErrors(form, fields);
    if (fields.length > 0 && fieldErrorsSuffice) return;
    setProblemState(asProblem(describeError ? describeError(error) : errorMessage(error)));
  }

  /** Editing a field clears what was said about it, and the message below the form. */
  function onValuesChange(changed: object) {
    clearErrorsOnChange(form, changed);
    setProblemState(null);
  }

  return { form, pending, problem, setProblem, submit, formProps: { form, onFinish: submit, onValuesChange, disabled: pending } };
}
