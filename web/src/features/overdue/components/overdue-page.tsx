import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { canDo, OVERDUE_SORT_LABELS, OVERDUE_SORTS, type OverdueRow } from '@rectify/shared';
import { Button, InputNumber, Result, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentUser, UserMenu } from '../../auth';
import { useDepartments } from '../../../hooks/use-departments';
import { formatDate } from '../../../lib/dates';
import { overdueExportUrl, useOverdue, usePastOverdue, type OverdueFilters } from '../api/get-overdue';
import { overdueTabOf } from '../lib/past-overdue';
import { PastOverdueTable } from './past-overdue-table';

/** /overdue: every red and yellow item, filtered and sorted, exportable to .xlsx; ?view=past: 曾逾期 and 按期完成率. */
export function OverduePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = overdueTabOf(params.get('view'));
  const [filters, setFilters] = useState<OverdueFilters>({ sort: 'daysOverdue' });
  const departments = useDepartments();
  const allowed = canDo(user, 'overdue.read');
  const query = { department: filters.department, level: filters.level, minDaysOverdue: filters.minDaysOverdue, sort: filters.sort };
  const { data, isLoading } = useOverdue(query, allowed.allowed && tab === 'current');
  const past = usePastOverdue(filters.department, allowed.allowed && tab === 'past');

  return (
    <div className="console-page">
      <header className="board-header">
        <div className="board-brand">
          <h1 className="board-title">整改看板</h1>
          <span className="board-subtitle">逾期督查 · {tab === 'past' ? '曾逾期事项' : '红灯、黄灯事项'}</span>
        </div>
        <div className="board-header-actions">
          <Button icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={() => navigate('/')}>返回看板</Button>
          <UserMenu />
        </div>
      </header>
      <main className="console-content" style={{ padding: 24 }}>
        {!allowed.allowed ? (
          <Result status="403" title="没有权限" subTitle={allowed.reason} />
        ) : (
          <>
            <Tabs
              activeKey={tab}
              onChange={(key) => setParams(key === 'past' ? { view: 'past' } : {}, { replace: true })}
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
                    options={[{ value: 'red', label: '只看红灯（已逾期）' }, { value: 'yellow', label: '只看黄灯（临近到期）' }]}
                  />
                  <InputNumber
                    min={0}
                    max={3650}
                    placeholder="逾期≥天数"
                    aria-label="最少逾期天数"
                    style={{ width: 130 }}
                    value={filters.minDaysOverdue}
                    onChange={(value) => setFilters({ ...filters, minDaysOverdue: value ?? undefined })}
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
                      今天 {formatDate(data.today)}：<Tag color="red">红灯 {data.red} 条</Tag>
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
                  { title: '预警', dataIndex: 'label', width: 110, render: (label: string, r) => <Tag color={r.level === 'red' ? 'red' : 'gold'}>{label}</Tag> },
                  { title: '责任部门', dataIndex: 'departmentName', width: 150 },
                  { title: '责任领导', dataIndex: 'leader', width: 180 },
                  { title: '整改时限', dataIndex: 'deadline', width: 130, render: (d: string) => formatDate(d) },
                  { title: '原定时限', dataIndex: 'originalDeadline', width: 130, render: (d: string | null) => (d ? formatDate(d) : '—') },
                  { title: '延期', dataIndex: 'deadlineChanges', width: 70, render: (n: number) => (n ? `${n}次` : '—') },
                  { title: '督办', width: 110, render: (_v, r) => (r.supervisionCount ? `${r.supervisionCount}次${r.openSupervisionCount ? `（${r.openSupervisionCount}待回复）` : ''}` : '—') },
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
