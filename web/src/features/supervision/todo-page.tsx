import { ArrowLeftOutlined, CheckSquareOutlined } from '@ant-design/icons';
import { SUPERVISION_STATE_LABELS, type SupervisionView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { PermittedLink, UserMenu } from '../auth';
import { api } from '../../lib/api-client';
import { formatDate, formatDateTime } from '../../lib/dates';

/** The header link to the 督办待办 list (department users; leaders too, who may reply). */
export function TodoLink() {
  return (
    <PermittedLink action="supervision.reply" to="/todo" icon={<CheckSquareOutlined aria-hidden="true" />}>
      督办待办
    </PermittedLink>
  );
}

/** /todo: open 督办单 awaiting the reply of this user's department. */
export function TodoPage() {
  const navigate = useNavigate();
  const { data, isLoading } = useQuery({ queryKey: ['supervisions', 'open'], queryFn: () => api.get<SupervisionView[]>('/supervisions', { open: 'true' }) });
  return (
    <div className="console-page">
      <header className="board-header">
        <div className="board-brand">
          <h1 className="board-title">整改看板</h1>
          <span className="board-subtitle">督办待办 · 待回复的督办单</span>
        </div>
        <div className="board-header-actions">
          <Button icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={() => navigate('/')}>返回看板</Button>
          <UserMenu />
        </div>
      </header>
      <main className="console-content" style={{ padding: 24 }}>
        <Table<SupervisionView>
          rowKey="id"
          loading={isLoading}
          dataSource={data ?? []}
          pagination={false}
          locale={{ emptyText: '没有待回复的督办单' }}
          columns={[
            { title: '编号', dataIndex: 'itemCode', width: 130, render: (code: string, s) => <Link to={`/?item=${s.itemId}`}>{code}</Link> },
            { title: '事项', dataIndex: 'itemTitle' },
            { title: '督办要求', dataIndex: 'requirement' },
            { title: '责任部门', dataIndex: 'departmentName', width: 150 },
            { title: '下发', width: 200, render: (_v, s) => `${s.issuedByName}，${formatDateTime(s.issuedAt)}` },
            { title: '回复期限', dataIndex: 'replyBy', width: 140, render: (d: string) => formatDate(d) },
            { title: '状态', dataIndex: 'state', width: 110, render: (state: SupervisionView['state']) => <Tag color={state === 'overdue' ? 'red' : 'blue'}>{SUPERVISION_STATE_LABELS[state]}</Tag> },
            { title: '', width: 90, render: (_v, s) => <Link to={`/?item=${s.itemId}`}>去回复</Link> },
          ]}
        />
      </main>
    </div>
  );
}
