import { formatFileSize, type EvidenceView } from '@rectify/shared';
import { Alert, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useEvidence } from '../api/get-evidence';
import { EvidenceFileLink } from './evidence-file-link';

/** One file: name (download), size, uploader and time, the SHA-256 shortened with a copy button. */
export function EvidenceRow({ file, progressLabel }: { file: EvidenceView; progressLabel?: string }) {
  return (
    <List.Item>
      <List.Item.Meta
        title={
          <Space size={6} wrap>
            <EvidenceFileLink file={file} />
            {file.round > 1 && <Tag color="purple">第{file.round}轮</Tag>}
            {progressLabel && <Tag>{progressLabel}</Tag>}
          </Space>
        }
        description={
          <Space size={12} wrap className="evidence-meta">
            <span>{formatFileSize(file.size)}</span>
            <span>
              {file.uploadedBy} 上传于 {formatDateTime(file.uploadedAt)}
            </span>
            <Typography.Text copyable={{ text: file.sha256, tooltips: ['复制完整 SHA-256', '已复制'] }} className="evidence-sha">
              SHA-256：<code title={file.sha256}>{file.sha256.slice(0, 12)}…</code>
            </Typography.Text>
            {file.note && <span>说明：{file.note}</span>}
          </Space>
        }
      />
    </List.Item>
  );
}

/** Every 佐证材料 file of the item, newest first. */
export function EvidenceList({ itemId }: { itemId: string }) {
  const { data, error, isLoading } = useEvidence(itemId);
  if (isLoading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (error) return <Alert type="error" showIcon title="佐证材料加载失败" description={errorMessage(error)} />;
  if (!data?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未上传佐证材料" />;
  return (
    <List
      className="evidence-list"
      size="small"
      header={`共 ${data.length} 份佐证材料`}
      dataSource={data}
      rowKey="id"
      renderItem={(file) => <EvidenceRow file={file} progressLabel={file.progressId ? '整改进展附件' : undefined} />}
    />
  );
}
