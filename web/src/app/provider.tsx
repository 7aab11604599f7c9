import { CloseOutlined, DownOutlined, LoadingOutlined } from '@ant-design/icons';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { setUnauthenticatedHandler } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';
import '../lib/dates';
import { createQueryClient } from '../lib/query-client';
import { theme } from './theme';

/**
 * antd's icons name themselves in English for screen readers ("down", "close"); a select's arrow and
 * a dialog's × are decoration (the select says it opens a list, the button is labelled 关闭), so
 * they are hidden from them.
 */
const SELECT_ICONS = { suffixIcon: <DownOutlined aria-hidden="true" />, loadingIcon: <LoadingOutlined spin aria-hidden="true" /> };
const CLOSE_ICON = { closeIcon: <CloseOutlined aria-hidden="true" /> };

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
      <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }} select={SELECT_ICONS} drawer={CLOSE_ICON} modal={CLOSE_ICON}>
        <AntApp className="app-root" message={{ maxCount: 3 }}>
          {children}
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
