import { BellOutlined } from '@ant-design/icons';
import type { NotificationView } from '@rectify/shared';
import { Badge, Button, Popover } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { NotificationItems } from './notification-list';

/** 消息提醒: a bell with the unread count (已处理 notices not counted); the list opens below it; a click marks read and opens the item on the board. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const { data } = useNotifications();
  const readOne = useMarkRead();
  const readAll = useMarkAllRead();

  const choose = (n: NotificationView) => {
    if (!n.readAt) readOne.mutate(n.id);
    setOpen(false);
    if (n.itemId) void navigate(`/?item=${encodeURIComponent(n.itemId)}`);
  };

  const content = (
    <div className="notification-panel" style={{ width: 'min(380px, calc(100vw - 40px))', maxHeight: 460, overflowY: 'auto' }}>
      <NotificationItems items={data?.items ?? []} onChoose={choose} />
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      // On a phone the list is nearly as wide as the screen: slide it left to fit rather than off the edge.
      align={{ overflow: { adjustX: true, adjustY: true, shiftX: true } }}
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>消息提醒{data?.unread ? `（${data.unread}条未读）` : ''}</span>
          <Button size="small" type="link" disabled={!data?.unread} onClick={() => readAll.mutate()}>
            全部标为已读
          </Button>
        </div>
      }
      content={content}
    >
      <Badge count={data?.unread ?? 0} overflowCount={99} size="small">
        <Button icon={<BellOutlined aria-hidden="true" />} aria-label={`消息提醒，${data?.unread ?? 0}条未读`}>
          消息
        </Button>
      </Badge>
    </Popover>
  );
}
