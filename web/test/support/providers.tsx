import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement } from 'react';
import { theme } from '../../src/app/theme';

/**
 * Renders like the app does (AppProvider): Chinese locale, "创建" rather than antd's "创 建", and
 * antd's <App> for message/modal — with a query cache the test can fill beforehand.
 */
export function renderWithProviders(ui: ReactElement, client: QueryClient = new QueryClient()) {
  return render(
    <QueryClientProvider client={client}>
      <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp>{ui}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>,
  );
}
