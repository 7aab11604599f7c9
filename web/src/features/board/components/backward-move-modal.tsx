import { BACKWARD_MOVE_REASON, COLUMN_TITLES, type BoardCard, type ColumnKey } from '@rectify/shared';
import { Form, Input, Modal } from 'antd';

export interface BackwardMove {
  item: BoardCard;
  to: ColumnKey;
}

/** A department sends its card back: it says why first (backwardMoveNeedsReason); the reason goes into the history. */
export function BackwardMoveModal({ move, onSubmit, onClose }: { move: BackwardMove; onSubmit: (reason: string) => void; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={`将 ${move.item.code} 退回「${COLUMN_TITLES[move.to]}」`}
      okText="退回"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p className="step-note">{BACKWARD_MOVE_REASON}，理由记入历史记录。</p>
      <Form form={form} layout="vertical" onFinish={({ reason }) => onSubmit(reason.trim())} requiredMark={false}>
        <Form.Item name="reason" label="退回理由" rules={[{ required: true, whitespace: true, message: '请填写退回理由' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount placeholder="如：整改措施需按新的工作要求重新制定" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
