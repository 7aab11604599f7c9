import { BellOutlined } from '@ant-design/icons';
import { NOTIFICATION_KIND_LABELS, type NotificationList, type NotificationView } from '@rectify/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../lib/api-client';
import { formatDateTime } from '../../lib/dates';

const KEY = ['notifications'] as const;
const KIND_COLORS: Partial<Record<NotificationView['kind'], string>> = { warning_red: 'red', warning_yellow: 'gold', supervision_suggested: 'volcano', supervision_issued: 'purple', supervision_replied: 'blue' };

/** 消息提醒: a bell with the unread count; the list opens below it; a click marks read and opens the item on the board. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: KEY, queryFn: () => api.get<NotificationList>('/notifications'), refetchInterval: 60_000 });
  const save = (list: NotificationList) => queryClient.setQueryData(KEY, list);
  const readOne = useMutation({ mutationFn: (id: string) => api.post<NotificationList>(`/notifications/${id}/read`), onSuccess: save });
  const readAll = useMutation({ mutationFn: () => api.post<NotificationList>('/notifications/read-all'), onSuccess: save });

  const choose = (n: NotificationView) => {
    if (!n.readAt) readOne.mutate(n.id);
    setOpen(false);
    if (n.itemId) void navigate(`/?item=${encodeURIComponent(n.itemId)}`);
  };

  const content = (
    <div className="notification-panel" style={{ width: 380, maxHeight: 460, overflowY: 'auto' }}>
      {data?.items.length ? (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(n) => (
            <List.Item
              onClick={() => choose(n)}
              style={{ cursor: 'pointer', background: n.readAt ? undefined : '#f0f7ff', paddingInline: 8 }}
              aria-label={`${n.readAt ? '' : '未读：'}${n.title}`}
            >
              <List.Item.Meta
                title={
                  <span>
                    <Tag color={KIND_COLORS[n.kind]}>{NOTIFICATION_KIND_LABELS[n.kind]}</Tag>
                    <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                  </span>
                }
                description={
                  <>
                    <div style={{ color: '#333' }}>{n.body}</div>
                    <div style={{ fontSize: 12 }}>{formatDateTime(n.createdAt)}</div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty description="暂无消息" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
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
