import { ArrowLeftOutlined } from '@ant-design/icons';
import { SIGNOFF_STAGE_LABELS, WORK_KIND_LABELS, WORK_KINDS, type ItemView, type WorkKind } from '@rectify/shared';
import { Alert, Button, Empty, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router-dom';
import { ResponsiveTable } from '../../../components/responsive-table';
import { WarningBadge } from '../../../components/warning-badge';
import { UserMenu, useCurrentUser } from '../../auth';
import { OpenSupervisionTable, useOpenSupervisions } from '../../supervision';
import { errorMessage } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { itemLink } from '../../../lib/item-link';
import { useWorklist } from '../api/get-worklist';
import { repliesToSupervisions } from '../api/use-worklist-count';
import { useDocumentTitle } from '../../../hooks/use-document-title';

const linkTo = (item: ItemView, text: string) => <Link to={itemLink(item.id)}>{text}</Link>;
const codeColumn = { title: '编号', width: 120, fixed: 'left' as const, render: (_: unknown, item: ItemView) => linkTo(item, item.code) };
const titleColumn = { title: '问题', dataIndex: 'title', width: 240 };
const departmentColumn = { title: '责任部门', dataIndex: 'departmentName', width: 150 };

/** What each kind of work shows, and the step its link leads to in the drawer. */
const COLUMNS: Record<WorkKind, ColumnsType<ItemView>> = {
  signoff_review: [
    codeColumn,
    titleColumn,
    departmentColumn,
    {
      title: '整改完成情况',
      dataIndex: 'completion',
      width: 260,
      render: (text: string | null) => (
        <Typography.Paragraph ellipsis={{ rows: 2 }} className="worklist-text">
          {text}
        </Typography.Paragraph>
      ),
    },
    { title: '申请人', dataIndex: 'signoffApplicantName', width: 170 },
    { title: '审核环节', width: 110, render: (_v, item) => (item.signoffStage ? <Tag color="blue">{SIGNOFF_STAGE_LABELS[item.signoffStage]}</Tag> : null) },
    { title: '佐证材料', dataIndex: 'evidenceCount', width: 90, render: (n: number) => `${n}份` },
    { title: '操作', width: 84, fixed: 'right', render: (_v, item) => linkTo(item, item.signoffStage === 'inspector' ? '去复核' : '去审核') },
  ],
  extension_decision: [
    codeColumn,
    titleColumn,
    departmentColumn,
    { title: '现整改时限', width: 140, render: (_v, item) => formatDate(item.deadline) },
    { title: '申请延至', width: 140, render: (_v, item) => formatDate(item.extension?.deadline) },
    { title: '延期理由', width: 260, render: (_v, item) => item.extension?.reason },
    {
      title: '申请',
      width: 190,
      render: (_v, item) => (item.extension ? `${item.extension.requestedByName}，${formatDateTime(item.extension.requestedAt)}` : null),
    },
    { title: '操作', width: 84, fixed: 'right', render: (_v, item) => linkTo(item, '去审批') },
  ],
  rework: [
    codeColumn,
    titleColumn,
    { title: '补充整改要求', dataIndex: 'reviewRequirement', width: 280 },
    { title: '预警', width: 120, render: (_v, item) => <WarningBadge warning={item.warning} /> },
    { title: '操作', width: 84, fixed: 'right', render: (_v, item) => linkTo(item, '去整改') },
  ],
};

/** /todo: everything waiting for the signed-in user, one table per kind of work. */
export function WorklistPage() {
  useDocumentTitle('待办');
  const navigate = useNavigate();
  const worklist = useWorklist();
  const replies = repliesToSupervisions(useCurrentUser());
  const supervisions = useOpenSupervisions();
  const entries = worklist.data?.entries ?? [];
  const groups = WORK_KINDS.map((kind) => ({ kind, items: entries.filter((e) => e.kind === kind).map((e) => e.item) })).filter((g) => g.items.length > 0);
  const openSupervisions = supervisions.data ?? [];
  const nothing = !worklist.isPending && !supervisions.isPending && groups.length === 0 && openSupervisions.length === 0;

  return (
    <div className="console-page">
      <header className="board-header">
        <div className="board-brand">
          <h1 className="board-title">整改看板</h1>
          <span className="board-subtitle">我的待办 · 销号审核、延期审批、退回整改和督办单</span>
        </div>
        <div className="board-header-actions">
          <Button icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={() => navigate('/')}>
            返回看板
          </Button>
          <UserMenu />
        </div>
      </header>
      <main className="console-content worklist-page">
        {worklist.isError && <Alert type="error" showIcon title="待办加载失败" description={errorMessage(worklist.error)} />}
        {nothing && <Empty className="worklist-empty" description="暂无待办：没有需要您审核、审批或补充整改的事项" />}
        {groups.map(({ kind, items }) => (
          <section key={kind} className="worklist-section" aria-label={WORK_KIND_LABELS[kind]}>
            <h2 className="worklist-heading">
              {WORK_KIND_LABELS[kind]} <span className="worklist-count">{items.length}</span>
            </h2>
            <ResponsiveTable<ItemView> rowKey="id" dataSource={items} columns={COLUMNS[kind]} />
          </section>
        ))}
        {openSupervisions.length > 0 && (
          <section className="worklist-section" aria-label="督办单">
            <h2 className="worklist-heading">
              {replies ? '督办单待回复' : '已下发、尚未回复的督办单'}{' '}
              {/* For a leader or 纪检 these wait for the department: shown for follow-up, not counted as theirs. */}
              <span className={replies ? 'worklist-count' : 'worklist-count worklist-count-muted'}>{openSupervisions.length}</span>
            </h2>
            <OpenSupervisionTable supervisions={openSupervisions} loading={supervisions.isPending} linkText={replies ? '去回复' : '查看'} />
          </section>
        )}
      </main>
    </div>
  );
}
