import { checkDepartmentWrite, checkEdit, COLUMN_TITLES, itemChangesSchema, type ItemChanges, type ItemView } from '@rectify/shared';
import { App, Button, Form, Space } from 'antd';
import { useMemo } from 'react';
import { useCurrentUser } from '../../auth';
import { FormProblemAlert, schemaValidation, useSchemaForm } from '../../../lib/forms';
import { useUpdateItem } from '../api/update-item';
import { changedFields, itemToFormValues, type ItemFormValues } from '../lib/item-form';
import {
  CauseFields,
  CompletionField,
  MeasuresInput,
  ProblemFields,
  RectifyFields,
  RemarksField,
  ResponsibilityFields,
  SectionTitle,
} from './item-form-fields';

interface Props {
  item: ItemView;
  onCancel: () => void;
  onSaved: (item: ItemView) => void;
  /** Someone else saved first (409): reload and start over from their version. */
  onConflict: () => void;
}

/** All fields except the column (moves happen on the board, through the gates). */
export function ItemEditForm({ item, onCancel, onSaved, onConflict }: Props) {
  const user = useCurrentUser();
  // 交办 (责任部门, 配合部门) is the leader's: ask the shared rule whether this user may change it.
  const assignmentCheck = checkDepartmentWrite(user, { kind: 'edit', changedFields: ['departmentId', 'coDepartmentIds'] });
  const initial = useMemo(() => itemToFormValues(item), [item]);
  const update = useUpdateItem();
  const { message } = App.useApp();

  const schemaForm = useSchemaForm<ItemFormValues, ItemChanges, ItemView>({
    validate: (values) => {
      const parsed = schemaValidation<ItemFormValues, ItemChanges>(itemChangesSchema, (v) => changedFields(initial, v))(values);
      if (!parsed.ok || Object.keys(parsed.body).length === 0) return parsed;
      const write = checkDepartmentWrite(user, { kind: 'edit', changedFields: Object.keys(parsed.body) });
      if (!write.allowed) return { ok: false, fieldErrors: [], problem: write.reason ?? '没有权限修改这些内容' };
      // The card must keep meeting every gate it has passed (e.g. 整改中 keeps its 整改时限).
      const gates = checkEdit(item.status, { ...item, ...parsed.body });
      if (gates.allowed) return parsed;
      return {
        ok: false,
        fieldErrors: gates.reasons.flatMap((r) => (r.field ? [{ name: [r.field], errors: [r.message] }] : [])),
        problem: `该事项在「${COLUMN_TITLES[item.status]}」列，${gates.reasons.map((r) => r.message).join('；')}。如需清空，请先在看板上把卡片移回前面的列。`,
      };
    },
    unchanged: (changes) => Object.keys(changes).length === 0,
    onUnchanged: () => {
      message.info('没有修改任何内容');
      onCancel();
    },
    send: (changes) => update.mutateAsync({ id: item.id, body: { ...changes, version: item.version } }),
    onDone: (saved) => {
      message.success(`已保存 ${saved.code}`);
      onSaved(saved);
    },
    onConflict: () => {
      message.warning('该事项已被他人修改，已为您载入最新内容，请核对后重新修改', 6);
      onConflict();
      return null;
    },
  });

  return (
    <Form
      {...schemaForm.formProps}
      // Field ids get a prefix: the 新增问题 dialog stays mounted with the same field names, and a
      // label must point at this form's input, not the hidden dialog's.
      name="item-edit"
      layout="vertical"
      initialValues={initial}
      className="item-form item-edit-form"
    >
      <ProblemFields stored={item} />
      <SectionTitle>原因分析</SectionTitle>
      <CauseFields stored={item.causeTags} />
      <SectionTitle>责任分工</SectionTitle>
      <ResponsibilityFields assignmentLocked={assignmentCheck.allowed ? undefined : assignmentCheck.reason} />
      <SectionTitle>整改安排</SectionTitle>
      <RectifyFields />
      <MeasuresInput detailed />
      <CompletionField />
      <RemarksField />
      <FormProblemAlert problem={schemaForm.problem} />
      <div className="drawer-form-actions">
        <Space>
          <Button onClick={onCancel}>取消</Button>
          <Button type="primary" htmlType="submit" loading={schemaForm.pending}>
            保存
          </Button>
        </Space>
      </div>
    </Form>
  );
}
