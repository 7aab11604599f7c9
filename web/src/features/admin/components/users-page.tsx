import { PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { ROLE_LABELS, ROLES, type UserView } from '@rectify/shared';
import { Alert, App, Button, Input, Popconfirm, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useCurrentUser } from '../../auth';
import { errorMessage } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { useUsers } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { ConsoleFrame } from './console-frame';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { ResetPasswordModal } from './reset-password-modal';

export function UsersPage() {
  return (
    <ConsoleFrame title="用户管理" action="users.manage">
      <UsersPanel />
    </ConsoleFrame>
  );
}

function matches(user: UserView, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || user.username.toLowerCase().includes(q) || user.displayName.toLowerCase().includes(q) || (user.departmentName ?? '').includes(q);
}

function UsersPanel() {
  const me = useCurrentUser();
  const users = useUsers();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [query, setQuery] = useState('');

  const list = useMemo(() => users.data ?? [], [users.data]);
  const shown = useMemo(() => list.filter((u) => matches(u, query)), [list, query]);
  const disabledCount = list.filter((u) => u.disabled).length;

  async function setDisabled(user: UserView, disabled: boolean) {
    try {
      await update.mutateAsync({ id: user.id, body: { disabled } });
      message.success(disabled ? `已停用 ${user.displayName}（${user.username}），该账号不能再登录` : `已启用 ${user.displayName}（${user.username}）`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const columns: TableColumnsType<UserView> = [
    {
      title: '用户名',
      dataIndex: 'username',
      width: 170,
      render: (username: string, user) => (
        <Space size={6}>
          <span className="user-username">{username}</span>
          {user.id === me.id && <Tag className="user-self-tag">本人</Tag>}
        </Space>
      ),
    },
    { title: '姓名', dataIndex: 'displayName', render: (name: string) => <span className="user-name">{name}</span> },
    {
      title: '角色',
      dataIndex: 'role',
      width: 130,
      filters: ROLES.map((role) => ({ text: ROLE_LABELS[role], value: role })),
      onFilter: (value, user) => user.role === value,
      render: (role: UserView['role']) => ROLE_LABELS[role],
    },
    {
      title: '所属部门',
      dataIndex: 'departmentName',
      render: (name: string | null) => name ?? <span className="field-empty">—</span>,
    },
    {
      title: '状态',
      dataIndex: 'disabled',
      width: 100,
      filters: [
        { text: '启用', value: false },
        { text: '已停用', value: true },
      ],
      onFilter: (value, user) => user.disabled === value,
      render: (disabled: boolean) => (disabled ? <Tag>已停用</Tag> : <Tag color="success">启用</Tag>),
    },
    { title: '创建时间', dataIndex: 'createdAt', width: 150, render: (at: string) => formatDate(at) },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, user) => (
        <Space size={0} className="row-actions">
          <Button type="link" size="small" onClick={() => setEditing(user)}>
            编辑
          </Button>
          <DisableButton user={user} self={user.id === me.id} onConfirm={() => setDisabled(user, !user.disabled)} />
          <Button type="link" size="small" onClick={() => setResetting(user)}>
            重设密码
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <section className="console-panel" aria-labelledby="users-title">
      <div className="console-panel-head">
        <div>
          <h2 id="users-title" className="console-panel-title">
            用户管理
          </h2>
          <p className="console-panel-note">
            {users.data ? `共 ${list.length} 个账号${disabledCount ? `，其中 ${disabledCount} 个已停用` : ''}。` : ''}
            账号不能删除：不再使用的账号请停用，其姓名仍保留在历史记录中。
          </p>
        </div>
        <Space>
          <Input
            allowClear
            className="console-search"
            prefix={<SearchOutlined aria-hidden="true" />}
            placeholder="按用户名、姓名或部门查找"
            aria-label="查找用户"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            新建用户
          </Button>
        </Space>
      </div>

      {users.isError && (
        <Alert
          type="error"
          showIcon
          className="console-alert"
          title="用户列表加载失败"
          description={errorMessage(users.error)}
          action={
            <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void users.refetch()}>
              重试
            </Button>
          }
        />
      )}

      <div data-testid="users-table">
        <Table<UserView>
          rowKey="id"
          columns={columns}
          dataSource={shown}
          loading={users.isLoading}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          rowClassName={(user) => (user.disabled ? 'user-row-disabled' : '')}
          onRow={(user) => ({ 'data-testid': `user-row-${user.username}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: query ? '没有匹配的用户' : '还没有用户' }}
        />
      </div>

      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </section>
  );
}

/** 停用 / 启用, confirmed first; one's own account cannot be disabled (nobody could manage the system). */
function DisableButton({ user, self, onConfirm }: { user: UserView; self: boolean; onConfirm: () => Promise<void> }) {
  if (self && !user.disabled) {
    return (
      <Tooltip title="不能停用自己的账号，以免无人能管理系统">
        <Button type="link" size="small" disabled>
          停用
        </Button>
      </Tooltip>
    );
  }
  const who = `${user.displayName}（${user.username}）`;
  return user.disabled ? (
    <Popconfirm title={`启用账号 ${who}？`} description="启用后该用户可以用原密码重新登录。" okText="启用" cancelText="取消" onConfirm={onConfirm}>
      <Button type="link" size="small">
        启用
      </Button>
    </Popconfirm>
  ) : (
    <Popconfirm
      title={`停用账号 ${who}？`}
      description={
        <div className="popconfirm-text">
          停用后该用户立即退出，且不能再登录。
          <br />
          其姓名仍保留在历史记录中；需要时可重新启用。
        </div>
      }
      okText="停用"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onConfirm={onConfirm}
    >
      <Button type="link" size="small" danger>
        停用
      </Button>
    </Popconfirm>
  );
}
