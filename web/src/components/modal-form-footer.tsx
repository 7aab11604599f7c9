import { Button, Space } from 'antd';

interface Props {
  submitText: string;
  pending: boolean;
  onCancel: () => void;
}

/**
 * 取消 and the submit button, placed inside a dialog's <Form> so that Enter in any input submits
 * it (the form's onFinish), as it would in a plain web form.
 */
export function ModalFormFooter({ submitText, pending, onCancel }: Props) {
  return (
    <div className="modal-footer">
      <Space>
        <Button onClick={onCancel} disabled={pending}>
          取消
        </Button>
        {/* The spinner only for a slow answer: a quick one would flicker, and antd leaves a spinner that
            is hidden again at once in the page (and in the button's accessible name, "loading 创建"). */}
        <Button type="primary" htmlType="submit" loading={pending ? { delay: 200 } : false}>
          {submitText}
        </Button>
      </Space>
    </div>
  );
}
