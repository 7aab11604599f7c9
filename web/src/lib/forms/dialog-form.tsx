import { Form, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { ModalFormFooter } from '../../components/modal-form-footer';
import { FormProblemAlert } from './form-problem';
import type { SchemaForm } from './use-schema-form';

interface Props<Values extends object> {
  /** useSchemaForm's answer: the form, its submit, what it says, whether it is sending. */
  schemaForm: SchemaForm<Values>;
  submitText: string;
  onCancel: () => void;
  /** Prefixes the inputs' ids (two forms with the same field names on one page). */
  name?: string;
  initialValues?: FormProps<Values>['initialValues'];
  className?: string;
  /** form-error by default; step-refusal (read out as an alert) in a lifecycle step's dialog. */
  problemClassName?: string;
  problemRole?: 'alert';
  /** false: no asterisks (a step's dialog, where every field shown is asked for). */
  requiredMark?: boolean;
  children: ReactNode;
}

/**
 * A dialog's form: the fields, what the form says after a refusal, then 取消 and the submit button
 * inside the <Form> (Enter in any input submits). Everything is disabled while the request is out.
 */
export function DialogForm<Values extends object>({
  schemaForm,
  submitText,
  onCancel,
  name,
  initialValues,
  className,
  problemClassName,
  problemRole,
  requiredMark,
  children,
}: Props<Values>) {
  return (
    <Form<Values> {...schemaForm.formProps} name={name} layout="vertical" initialValues={initialValues} className={className} requiredMark={requiredMark}>
      {children}
      <FormProblemAlert problem={schemaForm.problem} className={problemClassName} role={problemRole} />
      <ModalFormFooter submitText={submitText} pending={schemaForm.pending} onCancel={onCancel} />
    </Form>
  );
}
