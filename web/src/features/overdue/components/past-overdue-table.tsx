import { COLUMN_TITLES, describeLateEpisode, type PastOverdueRow, type PastOverdueView } from '@rectify/shared';
import { Space, Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/dates';
import { episodeLabel, onTimeLine } from '../lib/past-overdue';

/** 曾逾期: items extended after their deadline or closed late, kept after the light went off. */
export function PastOverdueTable({ data, loading }: { data: PastOverdueView | undefined; loading: boolean }) {
  return (
    <>
      {data && (
        <p className="overdue-past-summary" data-testid="on-time-rate">
          截至 {formatDate(data.today)}：<Tag color="purple">曾逾期 {data.rows.length} 条</Tag>
          {onTimeLine(data)}
        </p>
      )}
      <Table<PastOverdueRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有逾期后延期或逾期销号的事项' }}
        scroll={{ x: 1300 }}
        columns={[
          { title: '编号', dataIndex: 'code', width: 130, fixed: 'left', render: (code: string, r) => <Link to={`/?item=${r.id}`}>{code}</Link> },
          { title: '问题标题', dataIndex: 'title', width: 240 },
          {
            title: '逾期情况',
            width: 280,
            render: (_v, r) => (
              <Space size={[4, 4]} wrap>
                {r.overdueNow !== null && <Tag color="red">仍逾期{r.overdueNow}天</Tag>}
                {r.episodes.map((e, i) => (
                  <Tooltip key={i} title={describeLateEpisode(e)}>
                    <Tag color={e.kind === 'closed_late' ? 'volcano' : 'orange'}>{episodeLabel(e)}</Tag>
                  </Tooltip>
                ))}
              </Space>
            ),
          },
          { title: '最多逾期', dataIndex: 'maxDaysLate', width: 90, render: (n: number) => `${n}天` },
          { title: '状态', width: 100, render: (_v, r) => (r.signedOff ? <Tag color="green">已销号</Tag> : COLUMN_TITLES[r.status]) },
          { title: '责任部门', dataIndex: 'departmentName', width: 140 },
          { title: '责任领导', dataIndex: 'leader', width: 150 },
          { title: '现整改时限', dataIndex: 'deadline', width: 130, render: (d: string | null) => (d ? formatDate(d) : '—') },
          { title: '原定时限', dataIndex: 'originalDeadline', width: 130, render: (d: string | null) => (d ? formatDate(d) : '—') },
          { title: '延期', dataIndex: 'deadlineChanges', width: 70, render: (n: number) => (n ? `${n}次` : '—') },
        ]}
      />
    </>
  );
}
