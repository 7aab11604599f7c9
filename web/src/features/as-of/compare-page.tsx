import { AuditOutlined } from '@ant-design/icons';
import { canDo, CHANGE_KIND_LABELS, CHANGE_KINDS, COLUMN_TITLES, officeToday, type ChangeKind, type CompareView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Result, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { UserMenu, useCurrentUser } from '../auth';
import { PageFrame } from '../../components/page-frame';
import { api, errorMessage } from '../../lib/api-client';
import { formatDate, fromDateValue, toDateValue } from '../../lib/dates';

const KIND_COLORS: Record<ChangeKind, string> = { added: 'blue', moved: 'geekblue', closed: 'green', reopened: 'orange', extended: 'gold', turned_red: 'red' };
type Change = CompareView['changes'][number];

/** /compare?from=…&to=…: what changed between the ends of two days, as a list and per department. */
export function ComparePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const today = officeToday(new Date());
  const to = params.get('to') ?? today;
  const from = params.get('from') ?? dayjs(to).subtract(30, 'day').format('YYYY-MM-DD');
  const allowed = canDo(user, 'board.read');
  const query = useQuery({
    queryKey: ['as-of', 'compare', from, to],
    queryFn: ({ signal }) => api.get<CompareView>('/as-of/compare', { from, to }, signal),
    enabled: allowed.allowed,
  });
  const view = query.data;
  const setRange = (next: { from?: string; to?: string }) => setParams({ from: next.from ?? from, to: next.to ?? to });

  return (
    <PageFrame
      title="对比两日"
      actions={
        <>
          {canDo(user, 'report.read').allowed && (
            <Button icon={<AuditOutlined aria-hidden="true" />} onClick={() => navigate('/evaluation')}>
              整改期满评估
            </Button>
          )}
          <UserMenu />
        </>
      }
    >
      {!allowed.allowed ? (
        <Result status="403" title="没有权限" subTitle={allowed.reason} />
      ) : (
        <div className="compare-page" aria-busy={query.isFetching}>
          <Space wrap className="compare-range">
            <span>从</span>
            <DatePicker
              aria-label="开始日期"
              allowClear={false}
              value={fromDateValue(from)}
              disabledDate={(d) => toDateValue(d)! > to}
              onChange={(d) => d && setRange({ from: toDateValue(d)! })}
            />
            <span>日终到</span>
            <DatePicker
              aria-label="结束日期"
              allowClear={false}
              value={fromDateValue(to)}
              disabledDate={(d) => toDateValue(d)! > today || toDateValue(d)! < from}
              onChange={(d) => d && setRange({ to: toDateValue(d)! })}
            />
            <span>日终</span>
            <Link to={`/?asOf=${from}`}>查看{formatDate(from)}的看板</Link>
          </Space>
          {query.isError && <Alert type="error" showIcon title="对比失败" description={errorMessage(query.error)} />}
          {view && (
            <>
              <div className="compare-totals" data-testid="compare-totals">
                {CHANGE_KINDS.map((kind) => (
                  <Tag key={kind} color={KIND_COLORS[kind]}>
                    {CHANGE_KIND_LABELS[kind]} {view.totals[kind]} 条
                  </Tag>
                ))}
                <span className="compare-checkpoint">
                  据历史记录链前{view.checkpoint.checked}条记录（末条哈希 {view.checkpoint.lastHash.slice(0, 12)}…）
                </span>
              </div>
              <h2 className="compare-heading">按责任部门</h2>
              <Table
                rowKey={(row) => row.departmentId ?? 'none'}
                size="small"
                pagination={false}
                dataSource={view.byDepartment}
                locale={{ emptyText: '两日之间没有变化' }}
                columns={[
                  { title: '责任部门', dataIndex: 'departmentName' },
                  ...CHANGE_KINDS.map((kind) => ({
                    title: CHANGE_KIND_LABELS[kind],
                    key: kind,
                    align: 'center' as const,
                    render: (_: unknown, row: CompareView['byDepartment'][number]) => row.counts[kind] || '—',
                  })),
                ]}
              />
              <h2 className="compare-heading">变化清单（{view.changes.length}条）</h2>
              <Table<Change>
                rowKey="id"
                size="small"
                dataSource={view.changes}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: '两日之间没有变化' }}
                scroll={{ x: 900 }}
                columns={[
                  { title: '编号', dataIndex: 'code', width: 130, render: (code: string, row) => <Link to={`/?item=${row.id}`}>{code}</Link> },
                  { title: '问题标题', dataIndex: 'title', width: 240 },
                  { title: '责任部门', dataIndex: 'departmentName', width: 120, render: (name: string | null) => name ?? '未指定' },
                  {
                    title: '变化',
                    dataIndex: 'changes',
                    width: 200,
                    render: (kinds: ChangeKind[]) =>
                      kinds.map((k) => (
                        <Tag key={k} color={KIND_COLORS[k]}>
                          {CHANGE_KIND_LABELS[k]}
                        </Tag>
                      )),
                  },
                  {
                    title: '所在列',
                    key: 'move',
                    width: 170,
                    render: (_v, row) =>
                      row.from
                        ? row.from === row.to
                          ? COLUMN_TITLES[row.to]
                          : `${COLUMN_TITLES[row.from]} → ${COLUMN_TITLES[row.to]}`
                        : `新登记 → ${COLUMN_TITLES[row.to]}`,
                  },
                  {
                    title: '整改时限',
                    key: 'deadline',
                    width: 200,
                    render: (_v, row) =>
                      row.deadlineFrom !== row.deadlineTo && row.roundFrom !== null
                        ? `${row.deadlineFrom ? formatDate(row.deadlineFrom) : '未定'} → ${row.deadlineTo ? formatDate(row.deadlineTo) : '未定'}`
                        : row.deadlineTo
                          ? formatDate(row.deadlineTo)
                          : '未定',
                  },
                  {
                    title: '轮次',
                    key: 'round',
                    width: 90,
                    render: (_v, row) => (row.roundFrom && row.roundFrom !== row.roundTo ? `第${row.roundFrom}→${row.roundTo}轮` : `第${row.roundTo}轮`),
                  },
                ]}
              />
            </>
          )}
        </div>
      )}
    </PageFrame>
  );
}
