import { AuditOutlined, DownOutlined, KeyOutlined, LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { canDo, ROLE_LABELS } from '@rectify/shared';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../lib/api-client';
import { useLogout } from '../api/logout';
import { useCurrentUser } from '../hooks';
import { ChangePasswordModal } from './change-password-modal';

/** Who is signed in (name, role, department), 修改密码, 校验历史记录 and 管理日志 (where allowed) and 退出登录. */
export function UserMenu() {
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [changingPassword, setChangingPassword] = useState(false);
  const where = user.departmentName ? `${ROLE_LABELS[user.role]} · ${user.departmentName}` : ROLE_LABELS[user.role];

  const items: MenuProps['items'] = [
    { key: 'who', label: `${user.displayName}（${user.username}）`, disabled: true },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined aria-hidden="true" />, label: '修改密码' },
    ...(canDo(user, 'audit.verify').allowed ? [{ key: 'audit', icon: <SafetyCertificateOutlined aria-hidden="true" />, label: '校验历史记录' }] : []),
    ...(canDo(user, 'admin-log.read').allowed ? [{ key: 'admin-log', icon: <AuditOutlined aria-hidden="true" />, label: '管理日志' }] : []),
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined aria-hidden="true" />, label: '退出登录' },
  ];

  function onClick({ key }: { key: string }) {
    if (key === 'password') setChangingPassword(true);
    if (key === 'audit') void navigate('/audit');
    if (key === 'admin-log') void navigate('/admin-log');
    if (key !== 'logout') return;
    logout.mutate(undefined, {
      onError: (error) => message.warning(`已在本机退出（${errorMessage(error)}）`),
      onSettled: () => navigate('/login', { replace: true }),
    });
  }

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick }}>
        <Button type="text" className="user-menu-button" icon={<UserOutlined aria-hidden="true" />} aria-label={`当前用户：${user.displayName}，${where}`}>
          <span className="user-menu-name">{user.displayName}</span>
          <span className="user-menu-role">{where}</span>
          <DownOutlined className="user-menu-caret" aria-hidden="true" />
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
