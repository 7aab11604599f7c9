import { CloudUploadOutlined, ReloadOutlined } from '@ant-design/icons';
import { BACKUP_KEEP_RANGE, BACKUP_TRIGGER_LABELS, type BackupRunView, type BackupStatus, type Settings, type UpdateSettingsRequest } from '@rectify/shared';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Skeleton, Switch, Table, Tag, Typography } from 'antd';
import { useSettings } from '../../../hooks/use-settings';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { FormProblemAlert, useSchemaForm } from '../../../lib/forms';
import { useBackupStatus, useRefreshBackupStatus, useRunBackup } from '../api/backup';
import { useUpdateSettings } from '../api/update-settings';
import { formatBytes, validateBackupSettings, type BackupFormValues } from '../lib/backup-form';
import { ConsoleFrame } from './console-frame';

/** 系统管理 → 数据备份: the last result and the next run, 立即备份, the daily time and how many to keep. */
export function BackupPage() {
  return (
    <ConsoleFrame title="数据备份" action="backup.manage">
      <BackupPanel />
    </ConsoleFrame>
  );
}

function BackupPanel() {
  const status = useBackupStatus();
  const settings = useSettings();
  return (
    <section className="console-panel" aria-labelledby="backup-title">
      <div className="console-panel-head">
        <div>
          <h2 id="backup-title" className="console-panel-title">
            数据备份
          </h2>
          <p className="console-panel-note">每天定时在线备份数据库和佐证材料，备份后打开核对；按保留份数删除最旧的备份。备份失败时系统管理员会收到站内消息。</p>
        </div>
        {status.data?.supported && <RunNowButton running={status.data.running} />}
      </div>
      {(status.isError || settings.isError) && (
        <Alert
          type="error"
          showIcon
          className="console-alert"
          title="备份状态加载失败"
          description={errorMessage(status.error ?? settings.error)}
          action={
            <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void status.refetch()}>
              重试
            </Button>
          }
        />
      )}
      {(status.isLoading || settings.isLoading) && <Skeleton active paragraph={{ rows: 6 }} />}
      {status.data && !status.data.supported && <PostgresNotice />}
      {status.data?.supported && settings.data && (
        <>
          <LastResult status={status.data} />
          <h3 className="settings-section-title">自动备份设置</h3>
          <BackupSettingsForm settings={settings.data} folder={status.data.folder} />
          <h3 className="settings-section-title">最近的备份</h3>
          <RecentRuns runs={status.data.recent} />
        </>
      )}
    </section>
  );
}

function RunNowButton({ running }: { running: boolean }) {
  const run = useRunBackup();
  const { message } = App.useApp();
  async function start() {
    try {
      const result = await run.mutateAsync();
      if (result.ok) message.success(`备份完成：${formatBytes(result.sizeBytes)}，${result.items} 条事项、${result.historyEvents} 条历史记录已核对`);
      else message.error(result.message, 8);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }
  return (
    <Button type="primary" icon={<CloudUploadOutlined aria-hidden="true" />} loading={run.isPending || running} onClick={() => void start()}>
      {run.isPending || running ? '正在备份…' : '立即备份'}
    </Button>
  );
}

function LastResult({ status }: { status: BackupStatus }) {
  const last = status.last;
  return (
    <>
      {last && !last.ok && <Alert type="error" showIcon className="console-alert" title="最近一次备份失败" description={last.message} />}
      <Descriptions bordered size="small" column={2} className="backup-summary" styles={{ label: { width: 132 } }}>
        <Descriptions.Item label="最近一次备份" span={2}>
          {last ? (
            <span>
              {formatDateTime(last.finishedAt)} <RunTag run={last} />{' '}
              <Typography.Text type="secondary">（{BACKUP_TRIGGER_LABELS[last.trigger]}）</Typography.Text>
            </span>
          ) : (
            '还没有备份过'
          )}
        </Descriptions.Item>
        {last?.ok && (
          <>
            <Descriptions.Item label="大小">{formatBytes(last.sizeBytes)}</Descriptions.Item>
            <Descriptions.Item label="核对">
              {last.items} 条事项 · {last.historyEvents} 条历史记录 · {last.evidenceFiles} 份佐证材料
            </Descriptions.Item>
            <Descriptions.Item label="备份位置" span={2}>
              <Typography.Text code copyable className="backup-path">
                {last.folder}
              </Typography.Text>
            </Descriptions.Item>
          </>
        )}
        <Descriptions.Item label="下次自动备份" span={2}>
          {status.nextRunAt ? formatDateTime(status.nextRunAt) : status.enabled ? '后台任务未开启（BACKGROUND_JOBS=false），不会自动备份' : '自动备份已关闭'}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

function RunTag({ run }: { run: BackupRunView }) {
  return run.ok ? <Tag color="green">成功</Tag> : <Tag color="red">失败</Tag>;
}

function BackupSettingsForm({ settings, folder }: { settings: Settings; folder: string | null }) {
  const update = useUpdateSettings();
  const refreshStatus = useRefreshBackupStatus();
  const { message } = App.useApp();
  const schemaForm = useSchemaForm<BackupFormValues, UpdateSettingsRequest, Settings>({
    validate: (values) => validateBackupSettings(settings, values),
    unchanged: (body) => Object.keys(body).length === 0,
    onUnchanged: () => message.info('设置没有改动'),
    send: async (body) => {
      const saved = await update.mutateAsync(body);
      await refreshStatus();
      return saved;
    },
    onDone: (saved) =>
      message.success(saved.backupEnabled ? `已保存：每天 ${saved.backupTime} 自动备份，保留最近 ${saved.backupKeep} 份` : '已保存：自动备份已关闭'),
  });

  return (
    <Form
      {...schemaForm.formProps}
      name="backup-settings"
      layout="vertical"
      initialValues={{ backupEnabled: settings.backupEnabled, backupTime: settings.backupTime, backupKeep: settings.backupKeep }}
      className="settings-form backup-form"
    >
      <Form.Item name="backupEnabled" label="每日自动备份" valuePropName="checked">
        <Switch checkedChildren="开启" unCheckedChildren="关闭" />
      </Form.Item>
      <div className="backup-form-row">
        <Form.Item name="backupTime" label="备份时间（北京时间）" extra="建议选在无人使用的深夜或清晨，如 02:30。">
          <Input placeholder="02:30" className="backup-time-input" />
        </Form.Item>
        <Form.Item name="backupKeep" label="保留份数" extra={`保留最近的 ${BACKUP_KEEP_RANGE.min}–${BACKUP_KEEP_RANGE.max} 份，更早的自动删除。`}>
          <InputNumber controls={false} suffix="份" className="settings-days-input" />
        </Form.Item>
      </div>
      <p className="field-hint">
        备份目录：<Typography.Text code>{folder}</Typography.Text>
        （由服务器管理员以环境变量 BACKUP_PATH 设定，建议放在另一块磁盘上）。恢复方法见 README“备份与恢复”。
      </p>
      <FormProblemAlert problem={schemaForm.problem} />
      <Button type="primary" htmlType="submit" loading={schemaForm.pending ? { delay: 200 } : false}>
        保存备份设置
      </Button>
    </Form>
  );
}

function RecentRuns({ runs }: { runs: BackupRunView[] }) {
  return (
    <Table<BackupRunView>
      rowKey="id"
      size="small"
      dataSource={runs}
      pagination={false}
      locale={{ emptyText: '还没有备份记录' }}
      columns={[
        { title: '完成时间', dataIndex: 'finishedAt', width: 170, render: (v: string) => formatDateTime(v) },
        { title: '方式', dataIndex: 'trigger', width: 130, render: (v: BackupRunView['trigger']) => BACKUP_TRIGGER_LABELS[v] },
        { title: '结果', width: 70, render: (_v, run) => <RunTag run={run} /> },
        { title: '大小', dataIndex: 'sizeBytes', width: 90, render: (v: number | null) => formatBytes(v) },
        { title: '说明', dataIndex: 'message' },
      ]}
    />
  );
}

function PostgresNotice() {
  return (
    <Alert
      type="info"
      showIcon
      title="当前使用 PostgreSQL 数据库，自动备份不适用"
      description="请用 PostgreSQL 自带的 pg_dump 定期备份数据库（例如每天由 cron 执行 pg_dump -Fc），并另行复制 FILES_PATH 目录中的佐证材料；恢复时用 pg_restore 并把佐证材料放回原目录。"
    />
  );
}
