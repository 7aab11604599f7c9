import type { Department } from '@rectify/shared';
import { Alert, App, Form, Input, Modal, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { ModalFormFooter } from '../../../components/modal-form-footer';
import { useDepartments } from '../../../hooks/use-departments';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { clearErrorsOnChange, fieldErrorsFromProblems, problemsFromReasons, showFieldErrors } from '../../../lib/form-errors';
import { useCreateDepartment } from '../api/create-department';
import { useUpdateDepartment } from '../api/update-department';
import { departmentToFormValues, validateDepartmentChange, validateNewDepartment, type DepartmentFormValues } from '../lib/department-form';
import { buildDepartmentTree, toTreeOptions } from '../lib/department-tree';

/** 新建 (optionally under a given parent) or 编辑 one department. */
export type DepartmentDialog = { mode: 'create'; parentId: string | null } | { mode: 'edit'; department: Department };

interface Props {
  dialog: DepartmentDialog | null;
  onClose: () => void;
}

export function DepartmentModal({ dialog, onClose }: Props) {
  const title = !dialog ? '' : dialog.mode === 'create' ? '新建部门' : `编辑部门：${dialog.department.name}`;
  return (
    <Modal open={dialog !== null} title={title} onCancel={onClose} footer={null} width={520} destroyOnHidden mask={{ closable: false }}>
      {dialog && <DepartmentBody key={dialog.mode === 'edit' ? dialog.department.id : `new:${dialog.parentId}`} dialog={dialog} onClose={onClose} />}
    </Modal>
  );
}

function DepartmentBody({ dialog, onClose }: { dialog: DepartmentDialog; onClose: () => void }) {
  const [form] = Form.useForm<DepartmentFormValues>();
  const { data: departments, isLoading } = useDepartments();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const pending = create.isPending || update.isPending;
  const treeData = useMemo(() => toTreeOptions(buildDepartmentTree(departments ?? [])), [departments]);
  const initialValues = dialog.mode === 'edit' ? departmentToFormValues(dialog.department) : { parentId: dialog.parentId };

  /** Editing a field clears what was said about it, and the message below the form. */
  function edited(changed: object) {
    clearErrorsOnChange(form, changed);
    setProblem(null);
  }

  /** Saves: the success message; false when nothing changed (nothing sent); null when the form has errors. */
  async function save(values: DepartmentFormValues): Promise<string | null | false> {
    if (dialog.mode === 'edit') {
      const result = validateDepartmentChange(dialog.department, values);
      if (!result.ok) {
        showFieldErrors(form, result.fieldErrors);
        return null;
      }
      if (Object.keys(result.body).length === 0) return false;
      const saved = await update.mutateAsync({ id: dialog.department.id, body: result.body });
      return `已保存部门「${saved.name}」`;
    }
    const result = validateNewDepartment(values);
    if (!result.ok) {
      showFieldErrors(form, result.fieldErrors);
      return null;
    }
    const created = await create.mutateAsync(result.body);
    return `已新建部门「${created.name}」`;
  }

  async function submit() {
    setProblem(null);
    try {
      const done = await save(form.getFieldsValue(true));
      if (done === null) return;
      if (done) message.success(done);
      onClose();
    } catch (error) {
      if (isApiError(error)) showFieldErrors(form, fieldErrorsFromProblems(problemsFromReasons(error.reasons)));
      setProblem(errorMessage(error));
    }
  }

  return (
    <>
      <Form
        form={form}
        name="department"
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={edited}
        disabled={pending}
      >
        <Form.Item name="name" label="部门名称" required extra="全单位唯一，如：办公室、财务审计处">
          <Input placeholder="请输入部门名称" maxLength={50} autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item name="parentId" label="上级部门" extra="不选则为顶级（如单位本身）">
          <TreeSelect
            treeData={treeData}
            loading={isLoading}
            allowClear
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="title"
            placeholder="不选则为顶级部门"
            notFoundContent={isLoading ? '正在加载部门…' : '没有匹配的部门'}
            style={{ width: '100%' }}
          />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} className="form-error" />}
        <ModalFormFooter submitText={dialog.mode === 'edit' ? '保存' : '创建'} pending={pending} onCancel={onClose} />
      </Form>
    </>
  );
}
