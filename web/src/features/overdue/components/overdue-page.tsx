import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { canDo, OVERDUE_SORT_LABELS, OVERDUE_SORTS, type HistoryCheckpoint, type OverdueRow } from '@rectify/shared';
import { Button, InputNumber, Result, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { AsOfBanner, AsOfPicker, AS_OF_PARAM, useAsOf } from '../../as-of';
import { useCurrentUser, UserMenu } from '../../auth';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useDepartments } from '../../../hooks/use-departments';
import { formatDate } from '../../../lib/dates';
import { overdueExportUrl, useOverdue, usePastOverdue, type OverdueFilters } from '../api/get-overdue';
import { overdueTabOf } from '../lib/past-overdue';
import { PastOverdueTable } from './past-overdue-table';

/** /overdue: every red and yellow item, filtered and sorted, exportable to .xlsx; ?view=past: 曾逾期 and 按期完成率. */
export function OverduePage() {
  useDocumentTitle('逾期督查');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = overdueTabOf(params.get('view'));
  const [filters, setFilters] = useState<OverdueFilters>({ sort: 'daysOverdue' });
  const departments = useDepartments();
  const allowed = canDo(user, 'overdue.read');
  // 查看某日状态: the lists as they stood at the end of a past day (?asOf=…).
  const { asOf } = useAsOf();
  const query = { department: filters.department, level: filters.level, minDaysOverdue: filters.minDaysOverdue, sort: filters.sort, asOf: asOf ?? undefined };
  const { data, isLoading } = useOverdue(query, allowed.allowed && tab === 'current');
  const past = usePastOverdue(filters.department, asOf, allowed.allowed && tab === 'past');
  const checkpoint = data && 'checkpoint' in data ? (data as { checkpoint: HistoryCheckpoint }).checkpoint : undefined;

  return (
    <div className="console-page">
      <header className="board-header">
        <div className="board-brand">
          <h1 className="board-title">整改看板</h1>
          <span className="board-subtitle">逾期督查 · {tab === 'past' ? '曾逾期事项' : '红灯、黄灯事项'}</span>
        </div>
        <div className="board-header-actions">
          {allowed.allowed && <AsOfPicker />}
          <Button icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={() => navigate(asOf ? `/?asOf=${asOf}` : '/')}>
            返回看板
          </Button>
          <UserMenu />
        </div>
      </header>
      <main className="console-content" style={{ padding: 24 }}>
        {!allowed.allowed ? (
          <Result status="403" title="没有权限" subTitle={allowed.reason} />
        ) : (
          <>
            <AsOfBanner what="逾期督查清单" checkpoint={checkpoint} />
            <Tabs
              activeKey={tab}
              onChange={(key) => setParams(tabParams(key, asOf), { replace: true })}
              items={[
                { key: 'current', label: '红灯、黄灯' },
                { key: 'past', label: '曾逾期' },
              ]}
            />
            <Space wrap style={{ marginBottom: 16 }}>
              <Select
                allowClear
                placeholder="全部责任部门"
                style={{ width: 200 }}
                aria-label="责任部门"
                value={filters.department}
                onChange={(department) => setFilters({ ...filters, department })}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              />
              {tab === 'current' && (
                <>
                  <Select
                    allowClear
                    placeholder="红灯和黄灯"
                    style={{ width: 140 }}
                    aria-label="预警"
                    value={filters.level}
                    onChange={(level) => setFilters({ ...filters, level })}
                    options={[
                      { value: 'red', label: '只看红灯（已逾期）' },
                      { value: 'yellow', label: '只看黄灯（临近到期）' },
                    ]}
                  />
                  <InputNumber
                    min={0}
                    max={3650}
                    placeholder="逾期≥天数"
                    aria-label="最少逾期天数"
                    style={{ width: 130 }}
                    value={filters.minDaysOverdue}
                    onChange={(value) => setFilters({ ...filters, minDaysOverdue: value ?? undefined })}
                    controls={false}
                    addonAfter="天"
                  />
                  <Select
                    style={{ width: 200 }}
                    aria-label="排序"
                    value={filters.sort}
                    onChange={(sort) => setFilters({ ...filters, sort })}
                    options={OVERDUE_SORTS.map((s) => ({ value: s, label: `按${OVERDUE_SORT_LABELS[s]}` }))}
                  />
                  <Button onClick={() => setFilters({ sort: 'daysOverdue' })}>清除筛选</Button>
                  <Button type="primary" icon={<DownloadOutlined aria-hidden="true" />} href={overdueExportUrl(query)}>
                    导出 Excel
                  </Button>
                  {data && (
                    <span>
                      {asOf ? '当日' : '今天'} {formatDate(data.today)}：<Tag color="red">红灯 {data.red} 条</Tag>
                      <Tag color="gold">黄灯 {data.yellow} 条</Tag>
                    </span>
                  )}
                </>
              )}
            </Space>
            {tab === 'past' ? (
              <PastOverdueTable data={past.data} loading={past.isLoading} />
            ) : (
              <Table<OverdueRow>
                rowKey="id"
                size="middle"
                loading={isLoading}
                dataSource={data?.rows ?? []}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: '没有符合条件的红灯、黄灯事项' }}
                scroll={{ x: 1300 }}
                columns={[
                  { title: '编号', dataIndex: 'code', width: 130, fixed: 'left', render: (code: string, r) => <Link to={`/?item=${r.id}`}>{code}</Link> },
                  { title: '问题标题', dataIndex: 'title', width: 260 },
                  {
                    title: '预警',
                    dataIndex: 'label',
                    width: 110,
                    render: (label: string, r) => <Tag color={r.level === 'red' ? 'red' : 'gold'}>{label}</Tag>,
                  },
                  { title: '责任部门', dataIndex: 'departmentName', width: 150 },
                  { title: '责任领导', dataIndex: 'leader', width: 180 },
                  { title: '整改时限', dataIndex: 'deadline', width: 130, render: (d: string) => formatDate(d) },
                  { title: '原定时限', dataIndex: 'originalDeadline', width: 130, render: (d: string | null) => (d ? formatDate(d) : '—') },
                  { title: '延期', dataIndex: 'deadlineChanges', width: 70, render: (n: number) => (n ? `${n}次` : '—') },
                  {
                    title: '督办',
                    width: 110,
                    render: (_v, r) =>
                      r.supervisionCount ? `${r.supervisionCount}次${r.openSupervisionCount ? `（${r.openSupervisionCount}待回复）` : ''}` : '—',
                  },
                  { title: '最近进展', dataIndex: 'lastProgressDate', width: 130, render: (d: string | null) => (d ? formatDate(d) : '无进展记录') },
                ]}
              />
            )}
          </>
        )}
      </main>
    </div>
  );
}

/** The tab in the URL, keeping the as-of day the page is read at. */
function tabParams(tab: string, asOf: string | null): Record<string, string> {
  return { ...(tab === 'past' ? { view: 'past' } : {}), ...(asOf ? { [AS_OF_PARAM]: asOf } : {}) };
}
