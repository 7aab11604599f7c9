import { ArrowLeftOutlined } from '@ant-design/icons';
import { canDo, type Action } from '@rectify/shared';
import { CONSOLE_PAGES, isAdministrator } from '../lib/console-pages';

export { CONSOLE_PAGES, isAdministrator };
import { Button, Menu, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { UserMenu, useCurrentUser } from '../../auth';
import { useDocumentTitle } from '../../../hooks/use-document-title';

interface Props {
  /** What the page is, for the header (e.g. 用户管理). */
  title: string;
  /** The action the page is about; without it the page shows "没有权限". */
  action: Action;
  children: ReactNode;
}

/**
 * Header, side menu (for an administrator) and the permission check for the admin pages and the
 * history check. The menu lists only what this user may open.
 */
export function ConsoleFrame({ title, action, children }: Props) {
  useDocumentTitle(title);
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const administrator = isAdministrator(user);
  const pages = CONSOLE_PAGES.filter((page) => canDo(user, page.action).allowed);
  const readsBoard = canDo(user, 'board.read').allowed;
  const permission = canDo(user, action);

  return (
    <div className="console-page">
      <header className="board-header">
        <div className="board-brand">
          <h1 className="board-title">整改看板</h1>
          <span className="board-subtitle">{administrator ? `系统管理 · ${title}` : title}</span>
        </div>
        <div className="board-header-actions">
          {readsBoard && (
            <Button icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={() => navigate('/')}>
              返回看板
            </Button>
          )}
          <UserMenu />
        </div>
      </header>
      <div className="console-body">
        {administrator && pages.length > 0 && (
          <nav className="console-nav" aria-label="系统管理">
            <Menu
              mode="inline"
              selectedKeys={[location.pathname]}
              items={pages.map((page) => ({ key: page.path, icon: page.icon, label: <Link to={page.path}>{page.label}</Link> }))}
            />
          </nav>
        )}
        <main className="console-content">{permission.allowed ? children : <NoPermission reason={permission.reason} />}</main>
      </div>
    </div>
  );
}

/** Someone opened a page their role may not use (a link, a bookmark): say so and offer a way on. */
function NoPermission({ reason }: { reason?: string }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const home = canDo(user, 'board.read').allowed ? { path: '/', label: '返回看板' } : isAdministrator(user) ? { path: '/admin', label: '返回系统管理' } : null;
  return (
    <Result
      status="403"
      title="没有权限"
      subTitle={`${reason ?? '当前账号不能打开此页面'}。如需办理，请联系系统管理员。`}
      extra={
        home && (
          <Button type="primary" onClick={() => navigate(home.path, { replace: true })}>
            {home.label}
          </Button>
        )
      }
    />
  );
}

/** /admin: the first page of 系统管理 this user may open (用户管理 for a 系统管理员). */
export function AdminHome() {
  const user = useCurrentUser();
  const first = CONSOLE_PAGES.find((page) => page.path.startsWith('/admin/') && canDo(user, page.action).allowed);
  if (first) return <Navigate to={first.path} replace />;
  return (
    <ConsoleFrame title="系统管理" action="users.manage">
      {null}
    </ConsoleFrame>
  );
}
