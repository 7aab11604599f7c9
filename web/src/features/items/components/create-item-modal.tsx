import { checkDepartmentWrite, createItemSchema, SELF_FOUND_SOURCE, type ItemView } from '@rectify/shared';
import { Alert, App, Form, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../../auth';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { clearErrorsOnChange, fieldErrorsFromIssues, fieldErrorsFromProblems, problemsFromReasons, showFieldErrors } from '../../../lib/form-errors';
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
  const [form] = Form.useForm<ItemFormValues>();
  const create = useCreateItem();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);

  // A department registers only its own 自查自纠 problems (shared access rules): ask the rule whether
  // another source would be accepted, and if not, fix source and department in the form.
  const restricted = !checkDepartmentWrite(user, { kind: 'create', source: '巡察反馈', departmentId: user.departmentId }).allowed;
  const initialValues = useMemo<ItemFormValues>(
    () => (restricted ? { scope: 'team', measures: [], causeTags: [], source: SELF_FOUND_SOURCE, departmentId: user.departmentId } : { scope: 'team', measures: [], causeTags: [] }),
    [restricted, user.departmentId],
  );

  async function submit() {
    setProblem(null);
    const parsed = createItemSchema.safeParse(createInputFrom(form.getFieldsValue(true)));
    if (!parsed.success) {
      showFieldErrors(form, fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    const allowed = checkDepartmentWrite(user, { kind: 'create', source: parsed.data.source, departmentId: parsed.data.departmentId, coDepartmentIds: parsed.data.coDepartmentIds });
    if (!allowed.allowed) {
      setProblem(allowed.reason ?? '没有权限登记该问题');
      return;
    }
    try {
      const item = await create.mutateAsync(parsed.data);
      message.success(`已新增问题，编号 ${item.code}`);
      form.resetFields();
      onCreated?.(item);
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 400) showFieldErrors(form, fieldErrorsFromProblems(problemsFromReasons(error.reasons)));
      setProblem(errorMessage(error));
    }
  }

  return (
    <Modal
      open={open}
      title="新增问题"
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={760}
      mask={{ closable: false }}
      forceRender
      className="create-item-modal"
    >
      <Form
        form={form}
        name="item-create"
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={(changed) => clearErrorsOnChange(form, changed)}
        className="item-form"
      >
        <ProblemFields sourceLocked={restricted ? `责任部门登记的问题来源为“${SELF_FOUND_SOURCE}”，其他来源由领导交办` : undefined} />
        <SectionTitle>责任分工（可稍后补充）</SectionTitle>
        <ResponsibilityFields withCoDepartments={false} assignmentLocked={restricted ? '登记为本部门的问题' : undefined} />
        <MeasuresInput />
        <SectionTitle>原因分析（可稍后补充）</SectionTitle>
        <CauseFields />
        <RemarksField />
      </Form>
      {problem && <Alert type="error" showIcon title={problem} className="form-error" />}
    </Modal>
  );
}
