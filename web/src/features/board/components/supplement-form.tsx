import type { ColumnKey, ItemView } from '@rectify/shared';
import { Form, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { clearErrorsOnChange } from '../../../lib/form-errors';
import { fieldsToAsk, INITIAL_SUPPLEMENT_VALUES, type SupplementValues } from '../lib/supplement';
import { GateFieldInput } from './gate-field-input';

interface Props {
  item: ItemView;
  to: ColumnKey;
  form: FormInstance<SupplementValues>;
  disabled?: boolean;
  /** Enter in a text input submits, as in any form. */
  onSubmit?: () => void;
}

/** Exactly the inputs the target column's gate still lacks, recomputed as the clerk answers. */
export function SupplementForm({ item, to, form, disabled, onSubmit }: Props) {
  const [values, setValues] = useState<SupplementValues>(INITIAL_SUPPLEMENT_VALUES);
  const fields = useMemo(() => fieldsToAsk(item, to, values), [item, to, values]);

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={INITIAL_SUPPLEMENT_VALUES}
      onValuesChange={(changed, all) => {
        clearErrorsOnChange(form, changed);
        setValues(all);
      }}
      onFinish={onSubmit}
      disabled={disabled}
      className="supplement-form"
      requiredMark
    >
      {fields.map((field) => (
        <GateFieldInput key={field} field={field} itemId={item.id} />
      ))}
    </Form>
  );
}
