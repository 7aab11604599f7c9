import { NOTIFICATION_KIND_LABELS, type NotificationView } from '@rectify/shared';
import { Empty, List, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../lib/dates';

const KIND_COLORS: Partial<Record<NotificationView['kind'], string>> = {
  warning_red: 'red',
  warning_yellow: 'gold',
  supervision_suggested: 'volcano',
  supervision_issued: 'purple',
  supervision_replied: 'blue',
};

/** How a notice reads out: 已处理 (its task is done), 未读, or just its title. */
export function noticeLabel(n: NotificationView): string {
  return `${n.handled ? '已处理：' : n.readAt ? '' : '未读：'}${n.title}`;
}

/**
 * The notices, newest first. Unread ones stand out; one whose task is done (已处理) is greyed with a
 * 已处理 tag, whether or not it was opened: there is nothing left to do about it.
 */
export function NotificationItems({ items, onChoose }: { items: readonly NotificationView[]; onChoose: (n: NotificationView) => void }) {
  if (!items.length) return <Empty description="暂无消息" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List
      size="small"
      dataSource={[...items]}
      renderItem={(n) => {
        const unread = !n.readAt && !n.handled;
        return (
          <List.Item
            onClick={() => onChoose(n)}
            className={n.handled ? 'notification-handled' : undefined}
            style={{ cursor: 'pointer', background: unread ? '#f0f7ff' : undefined, paddingInline: 8, opacity: n.handled ? 0.6 : undefined }}
            aria-label={noticeLabel(n)}
          >
            <List.Item.Meta
              title={
                <span>
                  <Tag color={n.handled ? undefined : KIND_COLORS[n.kind]}>{NOTIFICATION_KIND_LABELS[n.kind]}</Tag>
                  <Typography.Text strong={unread} type={n.handled ? 'secondary' : undefined}>
                    {n.title}
                  </Typography.Text>
                  {n.handled && (
                    <Tag color="default" className="notification-handled-tag" style={{ marginInlineStart: 8 }}>
                      已处理
                    </Tag>
                  )}
                </span>
              }
              description={
                <>
                  <div style={{ color: n.handled ? undefined : '#333' }}>{n.body}</div>
                  <div style={{ fontSize: 12 }}>{formatDateTime(n.createdAt)}</div>
                </>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}
