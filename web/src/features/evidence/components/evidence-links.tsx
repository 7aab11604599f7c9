import { Alert, Skeleton, Tag } from 'antd';
import { errorMessage } from '../../../lib/api-client';
import { useEvidence } from '../api/get-evidence';
import { EvidenceFileLink } from './evidence-file-link';

/** The item's 佐证材料 as a compact list of download links (the 销号 reviewer opens each file). */
export function EvidenceLinks({ itemId }: { itemId: string }) {
  const { data, error, isLoading } = useEvidence(itemId);
  if (isLoading) return <Skeleton active title={false} paragraph={{ rows: 1 }} />;
  if (error) return <Alert type="error" showIcon title="佐证材料加载失败" description={errorMessage(error)} />;
  if (!data?.length) return <span className="field-hint">尚未上传佐证材料</span>;
  return (
    <ul className="evidence-links" aria-label="佐证材料">
      {data.map((file) => (
        <li key={file.id}>
          <EvidenceFileLink file={file} />
          {file.round > 1 && <Tag color="purple">第{file.round}轮</Tag>}
        </li>
      ))}
    </ul>
  );
}
