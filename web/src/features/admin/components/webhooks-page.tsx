import { PlusOutlined } from '@ant-design/icons';
import { createWebhookSchema, WEBHOOK_KIND_LABELS, WEBHOOK_KINDS, type CreateWebhookRequest, type WebhookTestResult, type WebhookView } from '@rectify/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { FormProblemAlert, useSchemaForm } from '../../../lib/forms';
import { ConsoleFrame } from './console-frame';

const KEY = ['webhooks'] as const;

/** 消息推送: 钉钉 / 企业微信 group robots that receive red/yellow warnings and 督办 notices. */
export function WebhooksPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data, isLoading } = useQuery({ queryKey: KEY, queryFn: () => api.get<WebhookView[]>('/webhooks') });
  const [editing, setEditing] = useState<WebhookView | 'new' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const toggle = useMutation({ mutationFn: (h: WebhookView) => api.patch<WebhookView>(`/webhooks/${h.id}`, { enabled: !h.enabled }), onSuccess: refresh });
  const test = useMutation({
    mutationFn: (h: WebhookView) => api.post<WebhookTestResult>(`/webhooks/${h.id}/test`),
    onSuccess: (r) => (r.ok ? message.success(r.message) : message.error(r.message)),
    onError: (e) => message.error(errorMessage(e)),
  });

  return (
    <ConsoleFrame title="消息推送" action="webhooks.manage">
      <Typography.Paragraph type="secondary">
        红灯、黄灯预警和督办单下发时，推送到钉钉或企业微信工作群。请在群设置中添加“自定义机器人”，复制其 Webhook 地址填在这里；
        如机器人设置了“自定义关键词”，请把关键词设为“整改看板”。推送失败会自动重试，不影响系统使用。
      </Typography.Paragraph>
      <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing('new')} style={{ marginBottom: 16 }}>
        新增推送
      </Button>
      <Table<WebhookView>
        rowKey="id"
        loading={isLoading}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: '还没有配置推送' }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kind', render: (k: WebhookView['kind']) => WEBHOOK_KIND_LABELS[k] },
          { title: '地址', dataIndex: 'url', ellipsis: true },
          {
            title: '启用',
            dataIndex: 'enabled',
            width: 80,
            render: (_v, h) => <Switch checked={h.enabled} aria-label={`启用${h.name}`} onChange={() => toggle.mutate(h)} />,
          },
          {
            title: '发送情况',
            render: (_v, h) => (
              <Space direction="vertical" size={0}>
                <span>{h.lastDeliveredAt ? `最近送达：${formatDateTime(h.lastDeliveredAt)}` : '尚未送达过'}</span>
                {h.pending > 0 && <Tag color="blue">待发送/重试 {h.pending} 条</Tag>}
                {h.failed > 0 && <Tag color="red">发送失败 {h.failed} 条</Tag>}
                {h.lastError && <Typography.Text type="danger">最近错误：{h.lastError}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 180,
            render: (_v, h) => (
              <Space>
                <Button size="small" onClick={() => setEditing(h)}>
                  修改
                </Button>
                <Button size="small" loading={test.isPending && test.variables?.id === h.id} onClick={() => test.mutate(h)}>
                  发送测试
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <WebhookModal
          hook={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refresh();
          }}
        />
      )}
    </ConsoleFrame>
  );
}

type WebhookValues = { name: string; kind: WebhookView['kind']; url: string; enabled: boolean };

function WebhookModal({ hook, onClose, onSaved }: { hook: WebhookView | null; onClose: () => void; onSaved: () => void }) {
  const schemaForm = useSchemaForm<WebhookValues, CreateWebhookRequest, WebhookView>({
    validate: createWebhookSchema,
    // The initial values are the whole webhook (its counters too); only the inputs are sent.
    renderedOnly: true,
    send: (body) => (hook ? api.patch<WebhookView>(`/webhooks/${hook.id}`, body) : api.post<WebhookView>('/webhooks', body)),
    onDone: onSaved,
    // The address's refusal sits under the address; saying it again below the form adds nothing.
    fieldErrorsSuffice: true,
  });
  return (
    <Modal
      open
      title={hook ? `修改推送：${hook.name}` : '新增推送'}
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => schemaForm.form.submit()}
      confirmLoading={schemaForm.pending}
    >
      <Form {...schemaForm.formProps} layout="vertical" initialValues={hook ?? { kind: 'dingtalk', enabled: true }}>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input placeholder="如：整改工作群" maxLength={50} />
        </Form.Item>
        <Form.Item name="kind" label="类型">
          <Select options={WEBHOOK_KINDS.map((k) => ({ value: k, label: WEBHOOK_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="url" label="Webhook 地址" rules={[{ required: true, message: '请填写推送地址' }]}>
          <Input placeholder="https://oapi.dingtalk.com/robot/send?access_token=…" />
        </Form.Item>
        <Form.Item name="enabled" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
        <FormProblemAlert problem={schemaForm.problem} />
      </Form>
    </Modal>
  );
}
