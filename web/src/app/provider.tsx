import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { setUnauthenticatedHandler } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';
import '../lib/dates';
import { createQueryClient } from '../lib/query-client';
import { theme } from './theme';

/** Data cache, Chinese locale and theme; antd's <App> gives message/modal the theme (App.useApp()). */
/** `client`: the one main.tsx already started the first requests with. */
export function AppProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());

  // A 401 from any request means the session ended (expired, signed out elsewhere): forget it, and
  // <RequireSession> shows the sign-in page, returning to the same view afterwards.
  useEffect(() => {
    setUnauthenticatedHandler(() => queryClient.setQueryData(queryKeys.session, null));
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      {/* autoInsertSpace off: "保存", not "保 存" — also keeps button names stable for browser tests. */}
      <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp className="app-root" message={{ maxCount: 3 }}>
          {children}
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
