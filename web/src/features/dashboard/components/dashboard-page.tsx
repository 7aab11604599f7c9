import { ReloadOutlined } from '@ant-design/icons';
import { canDo, WARNING_LEVEL_LABELS, type BoardFilters, type DashboardView, type HistoryCheckpoint } from '@rectify/shared';
import { Alert, Button, Empty, Progress, Result, Skeleton, Tag } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageFrame } from '../../../components/page-frame';
import { useDepartmentOptions } from '../../../hooks/use-departments';
import { UserMenu, useCurrentUser } from '../../auth';
import { errorMessage } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { AsOfBanner, AsOfPicker } from '../../as-of';
import { useDashboard } from '../api/get-dashboard';
import { boardPathFor, completionLine, onTimeLine, overdueRows, parseDashboardFilters, progressRows, stayRows } from '../lib/dashboard-data';
import { COLORS, ColumnCountChart, OverdueChart, ProgressChart, StayChart } from './charts';

export function DashboardPage() {
  const user = useCurrentUser();
  const permission = canDo(user, 'dashboard.read');
  const [params, setParams] = useSearchParams();
  const filterKey = JSON.stringify(parseDashboardFilters(params));
  const filters = useMemo<BoardFilters>(() => JSON.parse(filterKey) as BoardFilters, [filterKey]);
  return (
    <PageFrame
      title="统计分析"
      backTo={boardPathFor(filters)}
      actions={
        <>
          {permission.allowed && <AsOfPicker />}
          <UserMenu />
        </>
      }
    >
      {permission.allowed ? (
        <Dashboard filters={filters} onClear={() => setParams(new URLSearchParams())} />
      ) : (
        <Result status="403" title="没有权限" subTitle={`${permission.reason ?? '当前账号不能查看统计'}。`} />
      )}
    </PageFrame>
  );
}

function FilterTags({ filters, onClear }: { filters: BoardFilters; onClear: () => void }) {
  const { byId } = useDepartmentOptions();
  const tags: string[] = [];
  if (filters.source) tags.push(`问题来源：${filters.source}`);
  if (filters.category) tags.push(`问题类别：${filters.category}`);
  if (filters.department) tags.push(`责任部门：${byId.get(filters.department)?.name ?? '（已选部门）'}`);
  if (filters.warning) tags.push(`预警：${WARNING_LEVEL_LABELS[filters.warning]}`);
  if (filters.q) tags.push(`关键字：${filters.q}`);
  if (!tags.length) return null;
  return (
    <div className="dashboard-filters">
      <span>按看板筛选条件统计：</span>
      {tags.map((t) => (
        <Tag key={t}>{t}</Tag>
      ))}
      <Button size="small" type="link" onClick={onClear}>
        改为统计全部事项
      </Button>
    </div>
  );
}

function Dashboard({ filters, onClear }: { filters: BoardFilters; onClear: () => void }) {
  const dashboard = useDashboard(filters);
  const view = dashboard.data;
  return (
    <div className="dashboard" aria-busy={dashboard.isFetching}>
      <AsOfBanner what="统计" checkpoint={view && 'checkpoint' in view ? (view as { checkpoint: HistoryCheckpoint }).checkpoint : undefined} />
      <FilterTags filters={filters} onClear={onClear} />
      {dashboard.isError && (
        <Alert
          type="error"
          showIcon
          title="统计加载失败"
          description={errorMessage(dashboard.error)}
          action={
            <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void dashboard.refetch()}>
              重试
            </Button>
          }
        />
      )}
      {!view ? dashboard.isError ? null : <Skeleton active paragraph={{ rows: 10 }} /> : <Figures view={view} />}
    </div>
  );
}

function Panel({ title, note, children, wide }: { title: string; note?: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className={wide ? 'dashboard-panel is-wide' : 'dashboard-panel'} aria-label={title}>
      <h2 className="dashboard-panel-title">{title}</h2>
      {note && <p className="dashboard-panel-note">{note}</p>}
      {children}
    </section>
  );
}

function Kpi({ label, value, unit, tone, testId }: { label: string; value: ReactNode; unit?: string; tone?: 'red' | 'yellow' | 'green'; testId: string }) {
  return (
    <div className={`dashboard-kpi${tone ? ` is-${tone}` : ''}`} data-testid={testId}>
      <div className="dashboard-kpi-label">{label}</div>
      <div className="dashboard-kpi-value">
        {value}
        {unit && <span className="dashboard-kpi-unit">{unit}</span>}
      </div>
    </div>
  );
}

function Figures({ view }: { view: DashboardView }) {
  const overdue = overdueRows(view);
  const sources = progressRows(view.bySource);
  const categories = progressRows(view.byCategory);
  return (
    <>
      <p className="dashboard-asof">统计截至 {formatDate(view.today)}（北京时间）</p>
      <div className="dashboard-kpis">
        <div className="dashboard-kpi dashboard-kpi-rate" data-testid="kpi-rate">
          <Progress
            type="circle"
            size={96}
            percent={view.completionRate ?? 0}
            strokeColor={COLORS.closed}
            format={() => (view.completionRate === null ? '—' : `${view.completionRate}%`)}
          />
          <div>
            <div className="dashboard-kpi-label">整改完成率</div>
            <div className="dashboard-kpi-sub">{completionLine(view)}</div>
          </div>
        </div>
        <div className="dashboard-kpi dashboard-kpi-rate" data-testid="kpi-on-time" title="已销号事项中从未逾期的比例：逾期后延期或逾期销号的不计按期">
          <Progress
            type="circle"
            size={96}
            percent={view.onTimeRate ?? 0}
            strokeColor={COLORS.closed}
            format={() => (view.onTimeRate === null ? '—' : `${view.onTimeRate}%`)}
          />
          <div>
            <div className="dashboard-kpi-label">按期完成率</div>
            <div className="dashboard-kpi-sub">{onTimeLine(view)}</div>
          </div>
        </div>
        <Kpi label="事项总数" value={view.total} unit="条" testId="kpi-total" />
        <Kpi label="已销号" value={view.closed} unit="条" tone="green" testId="kpi-closed" />
        <Kpi label="红灯（已逾期）" value={view.warnings.red} unit="条" tone="red" testId="kpi-red" />
        <Kpi label="黄灯（临近到期）" value={view.warnings.yellow} unit="条" tone="yellow" testId="kpi-yellow" />
      </div>
      <div className="dashboard-grid">
        <Panel title="各列事项数" note="看板五列当前的事项数；“销号”列含待审核的销号申请">
          <ColumnCountChart data={view.columns} />
        </Panel>
        <Panel title="各列平均停留天数" note="事项离开该列前在列中停留的平均天数（括号内为次数）">
          <StayChart data={stayRows(view)} />
        </Panel>
        <Panel title="逾期及临近到期（按责任部门）" note={overdue.hidden ? `红灯多者在前；另有 ${overdue.hidden} 个部门未显示` : '红灯多者在前'} wide>
          {overdue.rows.length ? <OverdueChart data={overdue.rows} /> : <Empty description="没有逾期或临近到期的事项" />}
        </Panel>
        <Panel title="按问题来源">{sources.length ? <ProgressChart data={sources} /> : <Empty description="暂无事项" />}</Panel>
        <Panel title="按问题类别">{categories.length ? <ProgressChart data={categories} /> : <Empty description="暂无事项" />}</Panel>
      </div>
    </>
  );
}
