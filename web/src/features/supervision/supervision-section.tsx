import { canDoOnItem, checkReplyBy, isSignedOff, issueSupervisionSchema, officeToday, SUPERVISION_STATE_LABELS, type ItemView, type SupervisionView } from '@rectify/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../auth';
import { DateStringPicker } from '../../components/date-string-picker';
import { api, errorMessage } from '../../lib/api-client';
import { formatDate, formatDateTime } from '../../lib/dates';
import { queryKeys } from '../../lib/query-keys';

const STATE_COLORS: Record<SupervisionView['state'], string> = { open: 'processing', overdue: 'error', replied: 'success' };

/** 督办 in the item drawer: the 督办单 with their state; issue (inspector/leader) and reply (the department/leader). */
export function SupervisionSection({ item }: { item: ItemView }) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const key = ['item', item.id, 'supervisions'];
  const { data, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get<SupervisionView[]>(`/items/${item.id}/supervisions`) });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.items });
    void queryClient.invalidateQueries({ queryKey: queryKeys.boards });
    void queryClient.invalidateQueries({ queryKey: queryKeys.openSupervisions });
  };
  const mayIssue = canDoOnItem(user, 'supervision.issue', item).allowed && !isSignedOff(item);
  const mayReply = canDoOnItem(user, 'supervision.reply', item).allowed;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {mayIssue && <IssueForm itemId={item.id} onDone={refresh} />}
      <List
        loading={isLoading}
        locale={{ emptyText: <Empty description="该事项还没有督办单" image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        dataSource={data ?? []}
        renderItem={(s) => (
          <Card size="small" style={{ marginBottom: 12 }} title={<span>督办单 <Tag color={STATE_COLORS[s.state]}>{SUPERVISION_STATE_LABELS[s.state]}</Tag></span>} extra={<span>回复期限：{formatDate(s.replyBy)}</span>}>
            <Typography.Paragraph style={{ marginBottom: 4 }}><strong>督办要求：</strong>{s.requirement}</Typography.Paragraph>
            <Typography.Text type="secondary">{s.issuedByName} 于 {formatDateTime(s.issuedAt)} 下发</Typography.Text>
            {s.reply ? (
              <Alert style={{ marginTop: 8 }} type="success" message={<><strong>回复：</strong>{s.reply}</>} description={`${s.repliedByName} 于 ${formatDateTime(s.repliedAt)} 回复`} />
            ) : (
              mayReply && <ReplyForm supervisionId={s.id} onDone={refresh} />
            )}
          </Card>
        )}
      />
    </Space>
  );
}

function IssueForm({ itemId, onDone }: { itemId: string; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ requirement: string; replyBy: string | null }>();
  const [open, setOpen] = useState(false);
  const issue = useMutation({
    mutationFn: (body: { requirement: string; replyBy: string }) => api.post<SupervisionView>(`/items/${itemId}/supervisions`, body),
    onSuccess: () => {
      message.success('督办单已下发，责任部门将收到提醒');
      form.resetFields();
      setOpen(false);
      onDone();
    },
  });
  if (!open) return <Button type="primary" danger onClick={() => setOpen(true)}>下发督办单</Button>;
  const today = officeToday(new Date());
  return (
    <Card size="small" title="下发督办单">
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          const parsed = issueSupervisionSchema.safeParse(values);
          if (!parsed.success) return;
          issue.mutate(parsed.data);
        }}
      >
        <Form.Item name="requirement" label="督办要求" rules={[{ required: true, whitespace: true, message: '请填写督办要求' }, { max: 1000, message: '督办要求不能超过1000字' }]}>
          <Input.TextArea rows={3} placeholder="如：请于3日内书面说明逾期原因，报送下一步整改计划" />
        </Form.Item>
        <Form.Item
          name="replyBy"
          label="回复期限"
          rules={[{ required: true, message: '请选择回复期限' }, { validator: (_r, v: string | null) => (v && checkReplyBy(v, today) ? Promise.reject(new Error(checkReplyBy(v, today)!)) : Promise.resolve()) }]}
        >
          <DateStringPicker placeholder="请选择回复期限" />
        </Form.Item>
        {issue.error && <Alert type="error" showIcon message={errorMessage(issue.error)} style={{ marginBottom: 12 }} />}
        <Space>
          <Button type="primary" htmlType="submit" loading={issue.isPending}>下发</Button>
          <Button onClick={() => setOpen(false)}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}

function ReplyForm({ supervisionId, onDone }: { supervisionId: string; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reply: string }>();
  const reply = useMutation({
    mutationFn: (body: { reply: string }) => api.post<SupervisionView>(`/supervisions/${supervisionId}/reply`, body),
    onSuccess: () => {
      message.success('已回复督办单');
      onDone();
    },
  });
  return (
    <Form form={form} layout="vertical" style={{ marginTop: 8 }} onFinish={(values) => reply.mutate({ reply: values.reply.trim() })}>
      <Form.Item name="reply" label="回复督办" rules={[{ required: true, whitespace: true, message: '请填写回复内容' }, { max: 2000, message: '回复内容不能超过2000字' }]}>
        <Input.TextArea rows={3} placeholder="说明整改落实情况（每张督办单只能回复一次）" />
      </Form.Item>
      {reply.error && <Alert type="error" showIcon message={errorMessage(reply.error)} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={reply.isPending}>提交回复</Button>
    </Form>
  );
}
