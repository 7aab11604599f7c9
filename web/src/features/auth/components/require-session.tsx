import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { errorMessage } from '../../../lib/api-client';
import { useSession } from '../api/get-session';

/** While a page or the session loads. */
export function PageLoading() {
  return (
    <div className="page-center">
      <Spin size="large" description="正在加载…" />
    </div>
  );
}

/** Pages behind sign-in: while asking who is signed in, a spinner; nobody, the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data: session, isPending, isError, error, refetch } = useSession();
  const location = useLocation();

  if (isPending) return <PageLoading />;
  if (isError) {
    return (
      <div className="page-center">
        <Result status="error" title="无法连接服务器" subTitle={errorMessage(error)} extra={<Button onClick={() => void refetch()}>重试</Button>} />
      </div>
    );
  }
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
