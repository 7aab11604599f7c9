import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';

interface Props {
  /** What the page is (存在的问题及原因, 统计分析), beside the app's name. */
  title: string;
  /** Buttons on the right of the header; the feature passes its UserMenu last. */
  actions?: ReactNode;
  /** Where "返回看板" goes, e.g. the board with the filters the page was opened with. */
  backTo?: string | null;
  children: ReactNode;
}

/** Header and body of a full page beside the board (the report, the dashboard). */
export function PageFrame({ title, actions, backTo = '/', children }: Props) {
  useDocumentTitle(title);
  const navigate = useNavigate();
  return (
    <div className="app-page">
      <header className="board-header">
        <div className="board-brand">
          <h1 className="board-title">整改看板</h1>
          <span className="board-subtitle">{title}</span>
        </div>
        <div className="board-header-actions">
          {backTo !== null && (
            <Button icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={() => navigate(backTo)}>
              返回看板
            </Button>
          )}
          {actions}
        </div>
      </header>
      <main className="app-page-body">{children}</main>
    </div>
  );
}
