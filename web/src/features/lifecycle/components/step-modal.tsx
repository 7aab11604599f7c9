import type { ItemView } from '@rectify/shared';
import { App, Modal } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { DialogForm, schemaValidation, useSchemaForm, type RequestSchema } from '../../../lib/forms';

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
  const { message } = App.useApp();
  const schemaForm = useSchemaForm<Values, Body>({
    validate: (values) => schemaValidation<Values, Body>(schema)({ ...values, version: item.version }),
    // A field the chosen conclusion hides (e.g. 下次复核日期 after switching to 退回) is not sent.
    renderedOnly: true,
    send: (body) => step.mutateAsync({ id: item.id, body }),
    onDone: (_item, body) => {
      message.success(doneMessage?.(body) ?? `已完成「${title}」`);
      onClose();
    },
    // 409 (someone else changed the item) and 422 (the rule says no) are read out in full.
    onConflict: (error) => `${errorMessage(error)}。请关闭后重新打开事项查看最新情况。`,
  });

  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden width={{ xs: '100%', sm: 560 }}>
      {intro}
      <DialogForm
        schemaForm={schemaForm}
        initialValues={initialValues}
        className="step-form"
        requiredMark={false}
        problemClassName="step-refusal"
        problemRole="alert"
        submitText={submitText}
        onCancel={onClose}
      >
        {children}
      </DialogForm>
    </Modal>
  );
}
