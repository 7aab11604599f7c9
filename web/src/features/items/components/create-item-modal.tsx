import { checkDepartmentWrite, createItemSchema, SELF_FOUND_SOURCE, type CreateItemRequest, type ItemView } from '@rectify/shared';
import { App, Form, Modal } from 'antd';
import { useMemo } from 'react';
import { useCurrentUser } from '../../auth';
import { FormProblemAlert, schemaValidation, useSchemaForm } from '../../../lib/forms';
import { useCreateItem } from '../api/create-item';
import { createInputFrom, type ItemFormValues } from '../lib/item-form';
import { CauseFields, MeasuresInput, ProblemFields, RemarksField, ResponsibilityFields, SectionTitle } from './item-form-fields';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated?: (item: ItemView) => void;
}

/** 新增问题: a registered problem always starts in 发现问题; the rest can follow on the board. */
export function CreateItemModal({ open, onClose, onCreated }: Props) {
  const user = useCurrentUser();
  const create = useCreateItem();
  const { message } = App.useApp();

  // A department registers only its own 自查自纠 problems (shared access rules): ask the rule whether
  // another source would be accepted, and if not, fix source and department in the form.
  const restricted = !checkDepartmentWrite(user, { kind: 'create', source: '巡察反馈', departmentId: user.departmentId }).allowed;
  const initialValues = useMemo<ItemFormValues>(
    () =>
      restricted
        ? { scope: 'team', measures: [], causeTags: [], source: SELF_FOUND_SOURCE, departmentId: user.departmentId }
        : { scope: 'team', measures: [], causeTags: [] },
    [restricted, user.departmentId],
  );

  const schemaForm = useSchemaForm<ItemFormValues, CreateItemRequest, ItemView>({
    validate: (values) => {
      const parsed = schemaValidation<ItemFormValues, CreateItemRequest>(createItemSchema, createInputFrom)(values);
      if (!parsed.ok) return parsed;
      const allowed = checkDepartmentWrite(user, {
        kind: 'create',
        source: parsed.body.source,
        departmentId: parsed.body.departmentId,
        coDepartmentIds: parsed.body.coDepartmentIds,
      });
      return allowed.allowed ? parsed : { ok: false, fieldErrors: [], problem: allowed.reason ?? '没有权限登记该问题' };
    },
    send: create.mutateAsync,
    onDone: (item) => {
      message.success(`已新增问题，编号 ${item.code}`);
      schemaForm.form.resetFields();
      onCreated?.(item);
      onClose();
    },
  });

  return (
    <Modal
      open={open}
      title="新增问题"
      okText="保存"
      cancelText="取消"
      onOk={schemaForm.submit}
      onCancel={onClose}
      confirmLoading={schemaForm.pending}
      width={760}
      mask={{ closable: false }}
      forceRender
      className="create-item-modal"
    >
      <Form {...schemaForm.formProps} name="item-create" layout="vertical" initialValues={initialValues} className="item-form">
        <ProblemFields sourceLocked={restricted ? `责任部门登记的问题来源为“${SELF_FOUND_SOURCE}”，其他来源由领导交办` : undefined} />
        <SectionTitle>责任分工（可稍后补充）</SectionTitle>
        <ResponsibilityFields withCoDepartments={false} assignmentLocked={restricted ? '登记为本部门的问题' : undefined} />
        <MeasuresInput />
        <SectionTitle>原因分析（可稍后补充）</SectionTitle>
        <CauseFields />
        <RemarksField />
      </Form>
      <FormProblemAlert problem={schemaForm.problem} />
    </Modal>
  );
}
