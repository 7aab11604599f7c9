import {
  canDoOnItem,
  checkReplyBy,
  isSignedOff,
  issueSupervisionSchema,
  officeToday,
  replySupervisionSchema,
  SUPERVISION_STATE_LABELS,
  type IssueSupervisionRequest,
  type ItemView,
  type ReplySupervisionRequest,
  type SupervisionView,
} from '@rectify/shared';
import { Alert, App, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../auth';
import { DateStringPicker } from '../../../components/date-string-picker';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { FormProblemAlert, schemaValidation, useSchemaForm } from '../../../lib/forms';
import { useItemSupervisions } from '../api/get-item-supervisions';
import { useIssueSupervision } from '../api/issue-supervision';
import { useReplySupervision } from '../api/reply-supervision';

const STATE_COLORS: Record<SupervisionView['state'], string> = { open: 'processing', overdue: 'error', replied: 'success' };

/** 督办 in the item drawer: the 督办单 with their state; issue (inspector/leader) and reply (the department/leader). */
export function SupervisionSection({ item }: { item: ItemView }) {
  const user = useCurrentUser();
  const { data, isLoading } = useItemSupervisions(item.id);
  const mayIssue = canDoOnItem(user, 'supervision.issue', item).allowed && !isSignedOff(item);
  const mayReply = canDoOnItem(user, 'supervision.reply', item).allowed;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {mayIssue && <IssueForm itemId={item.id} />}
      <List
        loading={isLoading}
        locale={{ emptyText: <Empty description="该事项还没有督办单" image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        dataSource={data ?? []}
        renderItem={(s) => (
          <Card
            size="small"
            style={{ marginBottom: 12 }}
            title={
              <span>
                督办单 <Tag color={STATE_COLORS[s.state]}>{SUPERVISION_STATE_LABELS[s.state]}</Tag>
              </span>
            }
            extra={<span>回复期限：{formatDate(s.replyBy)}</span>}
          >
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              <strong>督办要求：</strong>
              {s.requirement}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {s.issuedByName} 于 {formatDateTime(s.issuedAt)} 下发
            </Typography.Text>
            {s.reply ? (
              <Alert
                style={{ marginTop: 8 }}
                type="success"
                message={
                  <>
                    <strong>回复：</strong>
                    {s.reply}
                  </>
                }
                description={`${s.repliedByName} 于 ${formatDateTime(s.repliedAt)} 回复`}
              />
            ) : (
              mayReply && <ReplyForm supervisionId={s.id} />
            )}
          </Card>
        )}
      />
    </Space>
  );
}

type IssueValues = { requirement?: string; replyBy?: string | null };

function IssueForm({ itemId }: { itemId: string }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const issue = useIssueSupervision(itemId);
  const today = officeToday(new Date());
  const schemaForm = useSchemaForm<IssueValues, IssueSupervisionRequest>({
    validate: (values) => {
      const parsed = schemaValidation<IssueValues, IssueSupervisionRequest>(issueSupervisionSchema, (v) => ({
        requirement: v.requirement ?? '',
        replyBy: v.replyBy ?? '',
      }))(values);
      // 回复期限: chosen, and not before today; the requirement's messages are the schema's.
      const fieldErrors = parsed.ok ? [] : parsed.fieldErrors.filter((e) => e.name[0] !== 'replyBy');
      const replyBy = !values.replyBy ? '请选择回复期限' : checkReplyBy(values.replyBy, today);
      if (replyBy) return { ok: false, fieldErrors: [...fieldErrors, { name: ['replyBy'], errors: [replyBy] }] };
      return parsed.ok ? parsed : { ok: false, fieldErrors: parsed.fieldErrors };
    },
    send: issue.mutateAsync,
    onDone: () => {
      message.success('督办单已下发，责任部门将收到提醒');
      schemaForm.form.resetFields();
      setOpen(false);
    },
  });
  if (!open)
    return (
      <Button type="primary" danger onClick={() => setOpen(true)}>
        下发督办单
      </Button>
    );
  return (
    <Card size="small" title="下发督办单">
      <Form {...schemaForm.formProps} layout="vertical">
        <Form.Item name="requirement" label="督办要求" required>
          <Input.TextArea rows={3} placeholder="如：请于3日内书面说明逾期原因，报送下一步整改计划" />
        </Form.Item>
        <Form.Item name="replyBy" label="回复期限" required>
          <DateStringPicker placeholder="请选择回复期限" />
        </Form.Item>
        <FormProblemAlert problem={schemaForm.problem} style={{ marginBottom: 12 }} />
        <Space>
          <Button type="primary" htmlType="submit" loading={schemaForm.pending}>
            下发
          </Button>
          <Button onClick={() => setOpen(false)}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}

function ReplyForm({ supervisionId }: { supervisionId: string }) {
  const { message } = App.useApp();
  const reply = useReplySupervision(supervisionId);
  const schemaForm = useSchemaForm<{ reply?: string }, ReplySupervisionRequest>({
    validate: schemaValidation(replySupervisionSchema, (values: { reply?: string }) => ({ reply: values.reply ?? '' })),
    send: reply.mutateAsync,
    onDone: () => message.success('已回复督办单'),
  });
  return (
    <Form {...schemaForm.formProps} layout="vertical" style={{ marginTop: 8 }}>
      <Form.Item name="reply" label="回复督办" required>
        <Input.TextArea rows={3} placeholder="说明整改落实情况（每张督办单只能回复一次）" />
      </Form.Item>
      <FormProblemAlert problem={schemaForm.problem} style={{ marginBottom: 12 }} />
      <Button type="primary" htmlType="submit" loading={schemaForm.pending}>
        提交回复
      </Button>
    </Form>
  );
}
