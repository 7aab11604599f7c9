import { EditOutlined } from '@ant-design/icons';
import { canDoOnItem, checkEdit } from '@rectify/shared';
import { Alert, Button, Drawer, Result, Skeleton, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth';
import { LifecyclePanel } from '../../lifecycle';
import { EvidencePanel, ProgressPanel } from '../../evidence';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { linkedItemTab } from '../../../lib/item-link';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { useItem } from '../api/get-item';
import { ItemDetails } from './item-details';
import { ItemEditForm } from './item-edit-form';
import { ItemHistory } from './item-history';
import { SupervisionSection } from '../../supervision';

interface Props {
  /** The item to show; null when the drawer is closed. */
  itemId: string | null;
  onClose: () => void;
  /** Opened from a board read as of a past day: shown, not changed (no edit, no lifecycle steps, no uploads). */
  readOnly?: boolean;
}

/** One item's full record, opened from a card or from a link with ?item=<id>[&tab=<key>]. */
export function ItemDrawer({ itemId, onClose, readOnly = false }: Props) {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const linkedTab = linkedItemTab(params);
  const { data: item, error, isLoading, refetch } = useItem(itemId);
  const [editing, setEditing] = useState(false);
  const phone = useIsPhone();

  useEffect(() => setEditing(false), [itemId]);

  // The shared rules decide: may this user edit this item, and may it be edited at all (not 销号)?
  const permission = item ? canDoOnItem(user, 'item.edit', item) : null;
  const editable = item ? checkEdit(item.status, item) : null;
  const lockedReason = editable?.reasons.find((r) => r.field === null)?.message;

  let body: React.ReactNode;
  if (isLoading) body = <Skeleton active paragraph={{ rows: 12 }} />;
  else if (error || !item)
    body = (
      <Result
        status={isApiError(error) && error.status === 404 ? '404' : 'error'}
        title={isApiError(error) && error.status === 404 ? '事项不存在' : '加载失败'}
        subTitle={errorMessage(error)}
        extra={<Button onClick={onClose}>关闭</Button>}
      />
    );
  else if (readOnly)
    body = (
      <>
        <Alert type="info" showIcon className="item-drawer-readonly" title="查看历史状态时只读：以下为事项的当前信息，各时点的变化见“历史记录”" />
        <Tabs
          defaultActiveKey={linkedTab === 'history' ? 'history' : 'details'}
          items={[
            { key: 'details', label: '详细信息', children: <ItemDetails item={item} /> },
            { key: 'history', label: '历史记录', children: <ItemHistory itemId={item.id} /> },
          ]}
        />
      </>
    );
  else if (editing)
    body = (
      // Keyed by version: after a conflict the reloaded item starts a fresh form.
      <ItemEditForm key={item.version} item={item} onCancel={() => setEditing(false)} onSaved={() => setEditing(false)} onConflict={() => void refetch()} />
    );
  else
    body = (
      <>
        <LifecyclePanel item={item} />
        <Tabs
          defaultActiveKey={linkedTab}
          items={[
            { key: 'details', label: '详细信息', children: <ItemDetails item={item} /> },
            { key: 'progress', label: '整改进展', children: <ProgressPanel item={item} /> },
            { key: 'evidence', label: `佐证材料${item.evidenceCount ? `（${item.evidenceCount}）` : ''}`, children: <EvidencePanel item={item} /> },
            { key: 'supervision', label: `督办${item.supervisionCount ? `（${item.supervisionCount}）` : ''}`, children: <SupervisionSection item={item} /> },
            { key: 'history', label: '历史记录', children: <ItemHistory itemId={item.id} /> },
          ]}
        />
      </>
    );

  return (
    <Drawer
      open={itemId !== null}
      onClose={onClose}
      // The whole screen on a phone, where departments add 进展 and 佐证 and apply for 销号.
      size={phone ? '100%' : 680}
      title={item ? (editing ? `编辑：${item.code}` : `事项详情：${item.code}`) : '事项详情'}
      extra={
        item && !editing && !readOnly && permission?.allowed ? (
          <Button type="primary" icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)} disabled={!!lockedReason} title={lockedReason}>
            编辑
          </Button>
        ) : null
      }
      destroyOnHidden
      className="item-drawer"
    >
      {body}
    </Drawer>
  );
}
