import { canDoOnItem, isSignedOff, type ItemView } from '@rectify/shared';
import { Alert } from 'antd';
import { useCurrentUser } from '../../auth';
import { EvidenceList } from './evidence-list';
import { EvidenceUpload } from './evidence-upload';

/** The drawer's 佐证材料 tab: upload (when the user and the item's state allow it) and the list. */
export function EvidencePanel({ item }: { item: ItemView }) {
  const user = useCurrentUser();
  const mayUpload = canDoOnItem(user, 'evidence.upload', item).allowed;
  let locked: string | null = null;
  if (item.signoff === 'pending') locked = '销号申请审核期间不能更改佐证材料';
  if (isSignedOff(item)) locked = '事项已销号，佐证材料只可查看和下载';
  return (
    <div className="evidence-panel">
      {mayUpload && !locked && <EvidenceUpload itemId={item.id} />}
      {mayUpload && locked && <Alert type="info" showIcon title={locked} className="form-error" />}
      <EvidenceList itemId={item.id} />
    </div>
  );
}
