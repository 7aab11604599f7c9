import { COLUMN_TITLES, type BoardCard, type ColumnKey, type ItemChanges, type ItemView } from '@rectify/shared';
import { Alert, App, Button, Modal, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { fetchItem, useItem } from '../../items';
import { useDepartmentOptions } from '../../../hooks/use-departments';
import { errorMessage, reasonMessages } from '../../../lib/api-client';
import { FormProblemAlert, useSchemaForm } from '../../../lib/forms';
import { useMoveItem } from '../api/move-item';
import { moveButtonText, movedMessage } from '../lib/move-messages';
import { validateSupplement, type SupplementValues } from '../lib/supplement';
import { SupplementForm } from './supplement-form';

export interface SupplementRequest {
  /** The board's card; the form loads the whole item (the fields it may prefill and check). */
  item: BoardCard;
  to: ColumnKey;
}

interface Props {
  request: SupplementRequest | null;
  onClose: () => void;
}

export function SupplementModal({ request, onClose }: Props) {
  return (
    <Modal
      open={request !== null}
      title={request ? (request.to === 'closed' ? '申请销号：请补充以下信息' : `移入「${COLUMN_TITLES[request.to]}」前请补充以下信息`) : ''}
      onCancel={onClose}
      footer={null}
      width={600}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {/* Keyed so each drop starts with an empty form for its own card and column. */}
      {request && <SupplementLoader key={`${request.item.id}:${request.to}`} request={request} onClose={onClose} />}
    </Modal>
  );
}

function SupplementLoader({ request, onClose }: { request: SupplementRequest; onClose: () => void }) {
  const { data, error, refetch } = useItem(request.item.id);
  if (data) return <SupplementBody loaded={data} to={request.to} onClose={onClose} />;
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title="事项载入失败"
        description={errorMessage(error)}
        action={
          <Button size="small" onClick={() => void refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  return (
    <div className="page-center">
      <Spin description="正在载入事项…" />
    </div>
  );
}

function SupplementBody({ loaded, to, onClose }: { loaded: ItemView; to: ColumnKey; onClose: () => void }) {
  const [item, setItem] = useState(loaded);
  const move = useMoveItem();
  const { message } = App.useApp();
  const { byId } = useDepartmentOptions();
  const schemaForm = useSchemaForm<SupplementValues, ItemChanges, ItemView>({
    validate: (values) => {
      const result = validateSupplement(item, to, values);
      if (result.ok) return { ok: true, body: result.changes };
      return { ok: false, fieldErrors: result.fieldErrors, problem: result.messages.length > 0 ? { message: '还不能移入该列', lines: result.messages } : null };
    },
    renderedOnly: true,
    send: (changes) => {
      const departmentId = changes.departmentId;
      const preview = departmentId ? { departmentName: byId.get(departmentId)?.name ?? item.departmentName } : undefined;
      return move.mutateAsync({ item, to, changes, preview });
    },
    onDone: (moved) => {
      message.success(movedMessage(moved, to));
      onClose();
    },
    onConflict: async (error) => {
      // Someone saved this item meanwhile: load their version so a retry does not overwrite it blindly.
      const fresh = await fetchItem(item.id).catch(() => null);
      if (fresh && fresh.status === item.status) {
        setItem(fresh);
        return { message: errorMessage(error), lines: ['已载入该事项的最新内容，请核对后再次提交。'] };
      }
      if (fresh) return { message: errorMessage(error), lines: [`该事项已被移到「${COLUMN_TITLES[fresh.status]}」，请关闭后在看板上查看。`] };
      return { message: errorMessage(error), lines: reasonMessages(error) };
    },
    describeError: (error) => ({ message: errorMessage(error), lines: reasonMessages(error) }),
  });

  return (
    <div className="supplement-body">
      <div className="supplement-card">
        <Typography.Text className="card-code">{item.code}</Typography.Text>
        <Typography.Text strong>{item.title}</Typography.Text>
        <Typography.Text type="secondary" className="supplement-hint">
          当前在「{COLUMN_TITLES[item.status]}」。以下信息将与移动一并保存，保存失败时不会移动。
          {to === 'closed' && '提交后卡片在「销号」列显示“待审核”，由申请部门以外的审核人通过或退回。'}
        </Typography.Text>
      </div>
      <SupplementForm item={item} to={to} form={schemaForm.form} disabled={schemaForm.pending} onSubmit={schemaForm.submit} />
      <FormProblemAlert problem={schemaForm.problem} className="supplement-error" />
      <div className="modal-footer">
        <Space>
          <Button onClick={onClose} disabled={schemaForm.pending}>
            取消
          </Button>
          <Button type="primary" loading={schemaForm.pending} onClick={schemaForm.submit}>
            {moveButtonText(to)}
          </Button>
        </Space>
      </div>
    </div>
  );
}
