import { canDoOnItem, isSignedOff, officeToday, progressEntrySchema, type ItemView, type ProgressEntryRequest, type ProgressEntryView } from '@rectify/shared';
import { Alert, App, Button, Empty, Form, Input, List, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { DateStringPicker } from '../../../components/date-string-picker';
import { errorMessage } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { FormProblemAlert, useSchemaForm } from '../../../lib/forms';
import { useCurrentUser } from '../../auth';
import { useAddProgress } from '../api/add-progress';
import { useProgress } from '../api/get-progress';
import { EvidenceRow } from './evidence-list';
import { EvidenceUpload } from './evidence-upload';

interface FormValues {
  date: string | null;
  text: string;
}

/** The form to add one dated entry; the server checks the same schema. */
function AddProgressForm({ itemId }: { itemId: string }) {
  const { message } = App.useApp();
  const add = useAddProgress();
  const schemaForm = useSchemaForm<FormValues, ProgressEntryRequest>({
    validate: progressEntrySchema,
    renderedOnly: true,
    send: (body) => add.mutateAsync({ itemId, body }),
    onDone: () => {
      void message.success('已记录整改进展');
      schemaForm.form.resetFields();
    },
    fieldErrorsSuffice: true,
  });

  return (
    <Form {...schemaForm.formProps} layout="vertical" initialValues={{ date: officeToday(new Date()), text: '' }} className="progress-form">
      <FormProblemAlert problem={schemaForm.problem} />
      <Space.Compact block className="progress-form-fields">
        <Form.Item name="date" label="进展日期" className="progress-form-date">
          <DateStringPicker aria-label="进展日期" />
        </Form.Item>
        <Form.Item name="text" label="进展情况" className="progress-form-text">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder="如：召开专题会议研究部署整改工作，修订完善制度2项……" />
        </Form.Item>
      </Space.Compact>
      <Button type="primary" htmlType="submit" loading={schemaForm.pending}>
        记录进展
      </Button>
      <Typography.Text type="secondary" className="progress-form-hint">
        记录后可在该条进展下附佐证材料（会议纪要、照片等）
      </Typography.Text>
    </Form>
  );
}

function ProgressEntry({ entry, item, canAttach }: { entry: ProgressEntryView; item: ItemView; canAttach: boolean }) {
  return (
    <div className="progress-entry">
      <div className="progress-entry-head">
        <strong>{formatDate(entry.date)}</strong>
        <span className="progress-entry-author">
          {entry.author} 记录于 {formatDateTime(entry.createdAt)}
        </span>
        {entry.round > 1 && <Tag color="purple">第{entry.round}轮</Tag>}
        {canAttach && <EvidenceUpload itemId={item.id} progressId={entry.id} compact />}
      </div>
      <div className="progress-entry-text">{entry.text}</div>
      {entry.evidence.length > 0 && (
        <List
          size="small"
          className="evidence-list progress-evidence"
          dataSource={entry.evidence}
          rowKey="id"
          renderItem={(file) => <EvidenceRow file={file} />}
        />
      )}
    </div>
  );
}

/** 整改进展: add a dated entry (those who may), and the log, newest first, with each entry's files. */
export function ProgressPanel({ item }: { item: ItemView }) {
  const user = useCurrentUser();
  const { data, error, isLoading } = useProgress(item.id);
  const canAdd = canDoOnItem(user, 'progress.add', item).allowed && !isSignedOff(item);
  const canAttach = canDoOnItem(user, 'evidence.upload', item).allowed && item.signoff === 'none';

  let log: React.ReactNode;
  if (isLoading) log = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (error) log = <Alert type="error" showIcon title="整改进展加载失败" description={errorMessage(error)} />;
  else if (!data?.length) log = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无整改进展记录" />;
  else
    log = (
      <Timeline
        className="progress-log"
        items={data.map((entry) => ({ key: entry.id, content: <ProgressEntry entry={entry} item={item} canAttach={canAttach} /> }))}
      />
    );

  return (
    <div className="progress-panel">
      {canAdd && <AddProgressForm itemId={item.id} />}
      {isSignedOff(item) && <Alert type="info" showIcon title="事项已销号，整改进展只可查看" className="form-error" />}
      {log}
    </div>
  );
}
