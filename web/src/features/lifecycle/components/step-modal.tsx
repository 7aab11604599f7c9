import type { ItemView } from '@rectify/shared';
import { Alert, App, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { ModalFormFooter } from '../../../components/modal-form-footer';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { fieldErrorsFromIssues, type ZodIssues } from '../../../lib/form-errors';

/** What the modal needs of a shared request schema. */
interface RequestSchema<Body> {
  safeParse(value: unknown): { success: true; data: Body } | { success: false; error: { issues: ZodIssues } };
}

/** A lifecycle step's mutation (api/*.ts): sends the body for the item, answers the updated item. */
interface StepMutation<Body> {
  isPending: boolean;
  mutateAsync(variables: { id: string; body: Body }): Promise<unknown>;
}

interface Props<Values extends object, Body> {
  /** The item as the user read it: its version goes with the step, so a stale step gets 409. */
  item: Pick<ItemView, 'id' | 'version'>;
  step: StepMutation<Body>;
  open: boolean;
  title: string;
  submitText: string;
  /** The shared request schema: the form shows the same Chinese messages the API would answer. */
  schema: RequestSchema<Body>;
  initialValues?: Values;
  onClose: () => void;
  /** Shown above the fields: what is being decided. */
  intro?: ReactNode;
  /** What was done, for the confirmation (a decision says which way it went); 已完成「title」 otherwise. */
  doneMessage?: (body: Body) => string;
  children: ReactNode;
}

/** One lifecycle step as a dialog: validate with the shared schema, send, close on success, say why not. */
export function StepModal<Values extends object, Body>({
  item,
  step,
  open,
  title,
  submitText,
  schema,
  initialValues,
  onClose,
  intro,
  doneMessage,
  children,
}: Props<Values, Body>) {
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { message } = App.useApp();

  const finish = async (values: Values) => {
    setRefusal(null);
    const parsed = schema.safeParse({ ...values, version: item.version });
    if (!parsed.success) {
      form.setFields(fieldErrorsFromIssues(parsed.error.issues) as never);
      return;
    }
    try {
      await step.mutateAsync({ id: item.id, body: parsed.data });
      message.success(doneMessage?.(parsed.data) ?? `已完成「${title}」`);
      onClose();
    } catch (error) {
      // 409 (someone else changed the item) and 422 (the rule says no) are read out in full.
      setRefusal(isApiError(error) && error.status === 409 ? `${errorMessage(error)}。请关闭后重新打开事项查看最新情况。` : errorMessage(error));
    }
  };

  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden width={{ xs: '100%', sm: 560 }}>
      {intro}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={finish} requiredMark={false} className="step-form">
        {children}
        {refusal && <Alert type="error" showIcon title={refusal} className="step-refusal" role="alert" />}
        <ModalFormFooter submitText={submitText} pending={step.isPending} onCancel={onClose} />
      </Form>
    </Modal>
  );
}
