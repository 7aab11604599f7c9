import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@rectify/shared';
import { App, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../lib/api-client';
import { useLogout } from '../api/logout';
import { useCurrentUser } from '../hooks';

/** Who is signed in (name, role, department) and 退出登录. */
export function UserMenu() {
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const where = user.departmentName ? `${ROLE_LABELS[user.role]} · ${user.departmentName}` : ROLE_LABELS[user.role];

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: `${user.displayName}（${user.username}）`, disabled: true },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
        ],
        onClick: ({ key }) => {
          if (key !== 'logout') return;
          logout.mutate(undefined, {
            onError: (error) => message.warning(`已在本机退出（${errorMessage(error)}）`),
            onSettled: () => navigate('/login', { replace: true }),
          });
        },
      }}
    >
      <Button type="text" className="user-menu-button" icon={<UserOutlined />} aria-label={`当前用户：${user.displayName}，${where}`}>
        <span className="user-menu-name">{user.displayName}</span>
        <span className="user-menu-role">{where}</span>
        <DownOutlined className="user-menu-caret" />
      </Button>
    </Dropdown>
  );
}
