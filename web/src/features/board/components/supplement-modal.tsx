import { COLUMN_TITLES, type BoardCard, type ColumnKey, type ItemView } from '@rectify/shared';
import { Alert, App, Button, Form, Modal, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { fetchItem, useItem } from '../../items';
import { useDepartmentOptions } from '../../../hooks/use-departments';
import { errorMessage, isApiError, reasonMessages } from '../../../lib/api-client';
import { fieldErrorsFromProblems, problemsFromReasons, showFieldErrors } from '../../../lib/form-errors';
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
  const [form] = Form.useForm<SupplementValues>();
  const [problem, setProblem] = useState<{ message: string; lines: string[] } | null>(null);
  const move = useMoveItem();
  const { message } = App.useApp();
  const { byId } = useDepartmentOptions();

  async function submit() {
    setProblem(null);
    const values = form.getFieldsValue();
    const result = validateSupplement(item, to, values);
    if (!result.ok) {
      showFieldErrors(form, result.fieldErrors);
      if (result.messages.length > 0) setProblem({ message: '还不能移入该列', lines: result.messages });
      return;
    }
    const departmentId = result.changes.departmentId;
    const preview = departmentId ? { departmentName: byId.get(departmentId)?.name ?? item.departmentName } : undefined;
    try {
      const moved = await move.mutateAsync({ item, to, changes: result.changes, preview });
      message.success(movedMessage(moved, to));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 400) showFieldErrors(form, fieldErrorsFromProblems(problemsFromReasons(error.reasons)));
      if (isApiError(error) && error.status === 409) {
        // Someone saved this item meanwhile: load their version so a retry does not overwrite it blindly.
        const fresh = await fetchItem(item.id).catch(() => null);
        if (fresh && fresh.status === item.status) {
          setItem(fresh);
          setProblem({ message: errorMessage(error), lines: ['已载入该事项的最新内容，请核对后再次提交。'] });
          return;
        }
        if (fresh) {
          setProblem({ message: errorMessage(error), lines: [`该事项已被移到「${COLUMN_TITLES[fresh.status]}」，请关闭后在看板上查看。`] });
          return;
        }
      }
      setProblem({ message: errorMessage(error), lines: reasonMessages(error) });
    }
  }

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
      <SupplementForm item={item} to={to} form={form} disabled={move.isPending} onSubmit={submit} />
      {problem && (
        <Alert
          type="error"
          showIcon
          className="supplement-error"
          title={problem.message}
          description={problem.lines.length > 0 ? <ul className="reason-list">{problem.lines.map((line) => <li key={line}>{line}</li>)}</ul> : undefined}
        />
      )}
      <div className="modal-footer">
        <Space>
          <Button onClick={onClose} disabled={move.isPending}>
            取消
          </Button>
          <Button type="primary" loading={move.isPending} onClick={submit}>
            {moveButtonText(to)}
          </Button>
        </Space>
      </div>
    </div>
  );
}
