import { EyeOutlined, UserOutlined } from '@ant-design/icons';
import { useDraggable } from '@dnd-kit/core';
import type { BoardCard as Card, ColumnKey } from '@rectify/shared';
import { memo, type SyntheticEvent } from 'react';
import { formatDate } from '../../../lib/dates';
import { LifecycleTags } from '../../lifecycle';
import type { CardDragData } from '../dnd/announcements';
import { CardMoveMenu } from './card-move-menu';

export interface CardCallbacks {
  onOpen: (id: string) => void;
  onRequestMove: (item: Card, to: ColumnKey) => void;
}

// Clicks, presses and keys on the card's own buttons (and in their popup menus, whose React events
// bubble through the portal) must neither open the drawer nor start a drag.
const stop = (event: SyntheticEvent) => event.stopPropagation();

interface BodyProps extends Partial<CardCallbacks> {
  item: Card;
  /** Offer "移至…" (only to users who may move the card). */
  movable?: boolean;
}

/**
 * The card's light: the look of components/warning-badge.tsx in plain elements. A board draws many
 * cards and antd components cost per instance; the tags above are plain for the same reason.
 */
function CardLight({ warning }: { warning: Card['warning'] }) {
  return (
    <span
      className={`card-light warning-badge warning-${warning.level}`}
      data-warning={warning.level}
      title={warning.dueDate ? `到期日：${formatDate(warning.dueDate)}` : undefined}
    >
      {warning.level !== 'none' && <span className="warning-dot" aria-hidden="true" />}
      {warning.label}
    </span>
  );
}

/** What a card shows. Memoised: during a drag every draggable re-renders, its body need not. */
export const CardBody = memo(function CardBody({ item, onOpen, onRequestMove, movable }: BodyProps) {
  return (
    <>
      <div className="card-top">
        <span className="card-code">{item.code}</span>
        {onOpen && onRequestMove && (
          <span className="card-actions" onClick={stop} onPointerDown={stop} onKeyDown={stop} onTouchStart={stop}>
            <button type="button" aria-label={`查看详情：${item.code}`} title="查看详情" className="card-icon-button" onClick={() => onOpen(item.id)}>
              <EyeOutlined aria-hidden="true" />
            </button>
            {movable && <CardMoveMenu item={item} onRequestMove={onRequestMove} />}
          </span>
        )}
      </div>
      <div className="card-title" title={item.title}>
        {item.title}
      </div>
      <div className="card-tags">
        <span className="card-tag card-tag-source">{item.source}</span>
        <span className="card-tag">{item.category}</span>
        {item.person !== undefined && (
          <span className="card-tag" title={item.person ? `个人问题：${item.person}` : '个人问题'}>
            <UserOutlined aria-hidden="true" /> 个人
          </span>
        )}
      </div>
      <LifecycleTags labels={item.labels} requirement={item.requirement} />
      <div className="card-foot">
        <span className={item.departmentName ? 'card-dept' : 'card-dept card-dept-empty'} title="责任部门">
          {item.departmentName ?? '未指定责任部门'}
        </span>
        {/* A pending application already says 待审核 in its lifecycle tag. */}
        {item.signoff !== 'pending' && <CardLight warning={item.warning} />}
      </div>
    </>
  );
});

/** A draggable card: mouse, touch and keyboard (focus it, then Space or Enter). */
export const BoardCard = memo(function BoardCard({ item, movable, onOpen, onRequestMove }: CardCallbacks & { item: Card; movable: boolean }) {
  const data: CardDragData = { item };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: item.id,
    data,
    // Read-only users (纪检) still open cards; they just cannot pick them up.
    disabled: !movable,
    attributes: { roleDescription: movable ? '可拖动的卡片' : '卡片' },
  });

  return (
    <article
      ref={(node) => {
        setNodeRef(node);
        // The card itself is the handle: keys pressed on its inner buttons then do not start a drag.
        setActivatorNodeRef(node);
      }}
      className={isDragging ? 'board-card is-dragging' : movable ? 'board-card' : 'board-card is-readonly'}
      data-testid={`card-${item.code}`}
      data-item-id={item.id}
      aria-label={`${item.code} ${item.title}，${item.warning.label}`}
      {...attributes}
      {...listeners}
      {...(movable
        ? {}
        : {
            // Not draggable for this user, but still a button that opens the card: not "disabled",
            // no drag instructions, and Enter / Space open the drawer instead of picking it up.
            'aria-disabled': undefined,
            'aria-describedby': undefined,
            onKeyDown: (event: React.KeyboardEvent) => {
              if (event.target === event.currentTarget && (event.key === 'Enter' || event.key === ' ')) {
                event.preventDefault();
                onOpen(item.id);
              }
            },
          })}
      onClick={() => onOpen(item.id)}
    >
      <CardBody item={item} onOpen={onOpen} onRequestMove={onRequestMove} movable={movable} />
    </article>
  );
});

/** The card under the pointer while dragging (DragOverlay). */
export function CardPreview({ item }: { item: Card }) {
  return (
    <article className="board-card board-card-overlay" aria-hidden="true">
      <CardBody item={item} />
    </article>
  );
}
