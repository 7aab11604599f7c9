import type { DepartmentRequest, Department, UpdateDepartmentRequest } from '@rectify/shared';
import { App, Form, Input, Modal, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useDepartments } from '../../../hooks/use-departments';
import { DialogForm, useSchemaForm } from '../../../lib/forms';
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
  const { data: departments, isLoading } = useDepartments();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const { message } = App.useApp();
  const treeData = useMemo(() => toTreeOptions(buildDepartmentTree(departments ?? [])), [departments]);
  const initialValues = dialog.mode === 'edit' ? departmentToFormValues(dialog.department) : { parentId: dialog.parentId };
  const schemaForm = useSchemaForm<DepartmentFormValues, DepartmentRequest | UpdateDepartmentRequest, string>({
    validate: (values) => (dialog.mode === 'edit' ? validateDepartmentChange(dialog.department, values) : validateNewDepartment(values)),
    // An edit that changes nothing sends nothing.
    unchanged: (body) => dialog.mode === 'edit' && Object.keys(body).length === 0,
    onUnchanged: onClose,
    /** Saves, answering the success message. */
    send: async (body) => {
      if (dialog.mode === 'edit') {
        const saved = await update.mutateAsync({ id: dialog.department.id, body: body });
        return `已保存部门「${saved.name}」`;
      }
      const created = await create.mutateAsync(body as DepartmentRequest);
      return `已新建部门「${created.name}」`;
    },
    onDone: (done) => {
      message.success(done);
      onClose();
    },
  });

  return (
    <>
      <DialogForm
        schemaForm={schemaForm}
        name="department"
        initialValues={initialValues}
        submitText={dialog.mode === 'edit' ? '保存' : '创建'}
        onCancel={onClose}
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
      </DialogForm>
    </>
  );
}
