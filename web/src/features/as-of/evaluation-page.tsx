import { DownloadOutlined } from '@ant-design/icons';
import { canDo, DEFAULT_RECTIFY_PERIOD_MONTHS, officeToday, periodEndOf, type EvaluationView } from '@rectify/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, InputNumber, Result, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { UserMenu, useCurrentUser } from '../auth';
import { PageFrame } from '../../components/page-frame';
import { useDepartments } from '../../hooks/use-departments';
import { api, buildUrl, errorMessage } from '../../lib/api-client';
import { formatDate, fromDateValue, toDateValue } from '../../lib/dates';

type Row = EvaluationView['openItems'][number];

const itemColumns = [
  { title: '编号', dataIndex: 'code', width: 130, render: (code: string, row: Row) => <Link to={`/?item=${row.id}`}>{code}</Link> },
  { title: '问题标题', dataIndex: 'title' },
  { title: '责任部门', dataIndex: 'departmentName', width: 130, render: (n: string | null) => n ?? '未指定' },
  { title: '整改时限', dataIndex: 'dueDate', width: 130, render: (d: string | null) => (d ? formatDate(d) : '未定') },
  { title: '销号日期', dataIndex: 'closedOn', width: 130, render: (d: string | null) => (d ? formatDate(d) : '未销号') },
  { title: '逾期', dataIndex: 'daysLate', width: 90, render: (n: number) => (n > 0 ? <Tag color="red">{n}天</Tag> : '—') },
];

/** /evaluation: 整改期满评估 of a 来源批次, and the 整改进展情况通报 .docx for it or for any day and department. */
export function EvaluationPage() {
  const user = useCurrentUser();
  const allowed = canDo(user, 'report.read');
  const batches = useQuery({
    queryKey: ['as-of', 'batches'],
    queryFn: ({ signal }) => api.get<Array<{ batch: string; total: number; firstDay: string }>>('/as-of/batches', undefined, signal),
    enabled: allowed.allowed,
  });
  const [batch, setBatch] = useState<string | undefined>();
  const [feedbackDate, setFeedbackDate] = useState<string | null>(null);
  const [months, setMonths] = useState<number>(DEFAULT_RECTIFY_PERIOD_MONTHS);
  const chosen = batches.data?.find((b) => b.batch === batch);
  const feedback = feedbackDate ?? chosen?.firstDay ?? null;
  const params = batch && feedback ? { batch, feedbackDate: feedback, months } : null;
  const evaluation = useQuery({
    queryKey: ['as-of', 'evaluation', params],
    queryFn: ({ signal }) => api.get<EvaluationView>('/as-of/evaluation', params!, signal),
    enabled: allowed.allowed && params !== null,
  });
  const view = evaluation.data;
  const today = officeToday(new Date());
  const [noticeDay, setNoticeDay] = useState<string>(today);
  const [noticeDepartment, setNoticeDepartment] = useState<string | undefined>();
  const departments = useDepartments();

  if (!allowed.allowed) {
    return (
      <PageFrame title="整改期满评估" actions={<UserMenu />}>
        <Result status="403" title="没有权限" subTitle={allowed.reason} />
      </PageFrame>
    );
  }
  return (
    <PageFrame title="整改期满评估与通报" actions={<UserMenu />}>
      <div className="evaluation-page">
        <Card size="small" title="整改期满评估（巡视工作条例：反馈后两个月报送整改情况）">
          <Space wrap>
            <Select
              showSearch
              aria-label="来源批次"
              placeholder="选择来源批次，如 市委第三巡察组反馈意见"
              style={{ minWidth: 320 }}
              loading={batches.isLoading}
              value={batch}
              onChange={(value) => {
                setBatch(value);
                setFeedbackDate(null);
              }}
              options={(batches.data ?? []).map((b) => ({ value: b.batch, label: `${b.batch}（${b.total}条）` }))}
            />
            <span>反馈日期</span>
            <DatePicker
              aria-label="反馈日期"
              value={fromDateValue(feedback)}
              disabledDate={(d) => toDateValue(d)! > today}
              onChange={(d) => setFeedbackDate(toDateValue(d))}
            />
            <span>整改期限</span>
            <InputNumber
              aria-label="整改期限（月）"
              min={1}
              max={36}
              value={months}
              onChange={(m) => setMonths(m ?? DEFAULT_RECTIFY_PERIOD_MONTHS)}
              addonAfter="个月"
            />
            {feedback && <span>期满日：{formatDate(periodEndOf(feedback, months))}</span>}
          </Space>
          {evaluation.isError && <Alert type="error" showIcon title="评估失败" description={errorMessage(evaluation.error)} />}
          {!params && <Empty description="选择来源批次后，即按期满之日的状态评估" />}
          {view && (
            <div className="evaluation-result" data-testid="evaluation-result">
              <p>
                {view.periodEnd < periodEndOf(view.feedbackDate, view.months)
                  ? `整改期尚未届满，以下为${formatDate(view.periodEnd)}的状态。`
                  : `以下为整改期满之日（${formatDate(view.periodEnd)}）日终的状态。`}
                <span className="compare-checkpoint">
                  据历史记录链前{view.checkpoint.checked}条记录（末条哈希 {view.checkpoint.lastHash.slice(0, 12)}…）
                </span>
              </p>
              <Space wrap size="large">
                <Statistic title="问题总数" value={view.counts.total} suffix="条" />
                <Statistic title="已销号" value={view.counts.signedOff} suffix="条" />
                <Statistic title="按期销号" value={view.counts.onTime} suffix="条" />
                <Statistic title="逾期" value={view.counts.late} suffix="条" styles={{ content: { color: view.counts.late ? '#cf1322' : undefined } }} />
                <Statistic title="未销号" value={view.counts.open} suffix="条" />
                <Button type="primary" icon={<DownloadOutlined aria-hidden="true" />} href={buildUrl('/as-of/notice', params!)}>
                  下载整改进展情况通报
                </Button>
              </Space>
              <Table
                rowKey={(r) => r.departmentId ?? 'none'}
                size="small"
                pagination={false}
                dataSource={view.byDepartment}
                columns={[
                  { title: '责任部门', dataIndex: 'departmentName' },
                  { title: '总数', dataIndex: 'total', align: 'center' },
                  { title: '已销号', dataIndex: 'signedOff', align: 'center' },
                  { title: '按期销号', dataIndex: 'onTime', align: 'center' },
                  { title: '逾期', dataIndex: 'late', align: 'center' },
                  { title: '未销号', dataIndex: 'open', align: 'center' },
                ]}
              />
              <h3>未销号问题（{view.openItems.length}条）</h3>
              <Table<Row> rowKey="id" size="small" pagination={false} dataSource={view.openItems} columns={itemColumns} locale={{ emptyText: '均已销号' }} />
              <h3>逾期问题（{view.lateItems.length}条）</h3>
              <Table<Row>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={view.lateItems}
                columns={itemColumns}
                locale={{ emptyText: '没有逾期问题' }}
              />
            </div>
          )}
        </Card>
        <Card size="small" title="按日期和范围生成通报" className="evaluation-notice">
          <Space wrap>
            <span>截至</span>
            <DatePicker
              aria-label="通报日期"
              allowClear={false}
              value={fromDateValue(noticeDay)}
              disabledDate={(d) => toDateValue(d)! > today}
              onChange={(d) => d && setNoticeDay(toDateValue(d)!)}
            />
            <Select
              allowClear
              aria-label="责任部门"
              placeholder="全部责任部门"
              style={{ width: 200 }}
              value={noticeDepartment}
              onChange={setNoticeDepartment}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
            <Button icon={<DownloadOutlined aria-hidden="true" />} href={buildUrl('/as-of/notice', { asOf: noticeDay, department: noticeDepartment })}>
              下载通报（.docx）
            </Button>
          </Space>
        </Card>
      </div>
    </PageFrame>
  );
}
