import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes, type Key } from 'react';
import { useDepartments } from '../../../hooks/use-departments';
import { errorMessage } from '../../../lib/api-client';
import { allKeys, buildDepartmentTree, type DepartmentNode } from '../lib/department-tree';
import { ConsoleFrame } from './console-frame';
import { DepartmentModal, type DepartmentDialog } from './department-modal';

export function DepartmentsPage() {
  return (
    <ConsoleFrame title="部门管理" action="departments.manage">
      <DepartmentsPanel />
    </ConsoleFrame>
  );
}

function DepartmentsPanel() {
  const departments = useDepartments();
  const [dialog, setDialog] = useState<DepartmentDialog | null>(null);
  const tree = useMemo(() => buildDepartmentTree(departments.data ?? []), [departments.data]);
  // 新建部门 starts under the unit when there is just one: a second top-level unit is rarely meant.
  // The whole tree starts open (an office has a few dozen departments); the clerk may fold parts.
  const [collapsed, setCollapsed] = useState<ReadonlySet<Key>>(new Set());
  const expandedRowKeys = useMemo(() => allKeys(tree).filter((key) => !collapsed.has(key)), [tree, collapsed]);

  const columns: TableColumnsType<DepartmentNode> = [
    { title: '部门名称', key: 'name', render: (_, node) => <span className={node.depth === 0 ? 'department-root' : undefined}>{node.department.name}</span> },
    { title: '上级部门', key: 'parent', render: (_, node) => node.parentName ?? <span className="field-empty">—（顶级）</span> },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, node) => (
        <Space size={0} className="row-actions">
          <Button type="link" size="small" onClick={() => setDialog({ mode: 'edit', department: node.department })}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => setDialog({ mode: 'create', parentId: node.department.id })}>
            新建下级部门
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <section className="console-panel" aria-labelledby="departments-title">
      <div className="console-panel-head">
        <div>
          <h2 id="departments-title" className="console-panel-title">
            部门管理
          </h2>
          <p className="console-panel-note">{departments.data ? `共 ${departments.data.length} 个部门。` : ''}可修改名称或调整上级部门。</p>
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden="true" />}
          onClick={() => setDialog({ mode: 'create', parentId: tree.length === 1 ? tree[0].key : null })}
        >
          新建部门
        </Button>
      </div>

      <Alert type="info" showIcon className="console-alert" title="部门不可删除，历史记录和事项会引用它。部门撤并时，可改名或移到其他上级部门之下。" />

      {departments.isError && (
        <Alert
          type="error"
          showIcon
          className="console-alert"
          title="部门列表加载失败"
          description={errorMessage(departments.error)}
          action={
            <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void departments.refetch()}>
              重试
            </Button>
          }
        />
      )}

      <div data-testid="departments-table">
        <Table<DepartmentNode>
          rowKey="key"
          columns={columns}
          dataSource={tree}
          loading={departments.isLoading}
          pagination={false}
          indentSize={28}
          expandable={{
            expandedRowKeys,
            onExpand: (expanded, node) =>
              setCollapsed((prev) => {
                const next = new Set(prev);
                if (expanded) next.delete(node.key);
                else next.add(node.key);
                return next;
              }),
          }}
          onRow={(node) => ({ 'data-testid': `department-row-${node.department.name}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: '还没有部门，请先新建单位本身，再在其下新建处室、科室' }}
        />
      </div>

      <DepartmentModal dialog={dialog} onClose={() => setDialog(null)} />
    </section>
  );
}
