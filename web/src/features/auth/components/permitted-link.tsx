import { canDo, type Action } from '@rectify/shared';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../hooks';

/** A page link (the board header's), shown only to users the shared access table lets do `action`. */
export function PermittedLink({ action, to, icon, children }: { action: Action; to: string; icon: ReactNode; children: ReactNode }) {
  const user = useCurrentUser();
  if (!canDo(user, action).allowed) return null;
  return (
    <Link to={to}>
      <Button icon={icon}>{children}</Button>
    </Link>
  );
}
