import { StopOutlined, FormOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { isCurableByData, type BoardColumn as BoardColumnData, type ColumnKey, type MoveCheck } from '@rectify/shared';
import { Button, Skeleton } from 'antd';
import { memo, type ReactNode } from 'react';
import { BoardCard, type CardCallbacks } from './board-card';

interface Props extends CardCallbacks {
  columnKey: ColumnKey;
  title: string;
  column: BoardColumnData | undefined;
  /** While a card is dragged: may it come here? null when nothing is dragged. */
  check: MoveCheck | null;
  /** The dragged card's own column. */
  isSource: boolean;
  loading: boolean;
  loadingMore: boolean;
  onLoadMore: (key: ColumnKey, offset: number) => void;
  /** May the signed-in user move this card (access rules, not gates)? */
  canMove: (item: BoardColumnData['items'][number]) => boolean;
  /** A column-wide action under the header (销号: 生成问题及原因). */
  action?: ReactNode;
}

/** Why the dragged card may not come in, in the clerk's words. */
function blockedText(check: MoveCheck): string {
  const reasons = check.reasons.map((r) => r.message).join('；');
  return isCurableByData(check) ? `不能直接移入：${reasons}` : reasons;
}

export const BoardColumn = memo(function BoardColumn(props: Props) {
  const { columnKey, title, column, check, isSource, loading, loadingMore, onLoadMore, onOpen, onRequestMove, canMove, action } = props;
  const { setNodeRef, isOver } = useDroppable({ id: columnKey });

  const blocked = check !== null && !check.allowed;
  const curable = blocked && isCurableByData(check);
  const items = column?.items ?? [];
  const total = column?.total ?? 0;
  const remaining = total - items.length;

  const classes = ['board-column'];
  if (check) classes.push(blocked ? (curable ? 'is-curable' : isSource ? 'is-source' : 'is-forbidden') : 'is-allowed');
  if (isOver) classes.push('is-over');

  return (
    <section
      ref={setNodeRef}
      className={classes.join(' ')}
      data-testid={`column-${columnKey}`}
      data-column-blocked={blocked ? 'true' : undefined}
      aria-labelledby={`column-title-${columnKey}`}
    >
      <header className="column-header">
        <h2 id={`column-title-${columnKey}`} className="column-title">
          {title}
        </h2>
        <span className="column-count" data-testid={`column-count-${columnKey}`} aria-label={`共${total}项`}>
          {column ? total : '–'}
        </span>
      </header>
      {action && <div className="column-actions">{action}</div>}
      {blocked && (
        <div className={curable ? 'column-blocked-reason is-curable' : 'column-blocked-reason'} role="note" data-testid={`column-reason-${columnKey}`}>
          {curable ? <FormOutlined aria-hidden="true" /> : <StopOutlined aria-hidden="true" />}
          <span>
            {blockedText(check)}
            {curable && <span className="column-blocked-cure">放下后可补充信息再移入</span>}
          </span>
        </div>
      )}
      <div className="column-body">
        {loading && !column ? (
          <Skeleton active paragraph={{ rows: 3 }} title={false} />
        ) : items.length === 0 ? (
          <div className="column-empty">暂无事项</div>
        ) : (
          items.map((item) => <BoardCard key={item.id} item={item} movable={canMove(item)} onOpen={onOpen} onRequestMove={onRequestMove} />)
        )}
        {remaining > 0 && (
          <Button block type="dashed" className="column-more" loading={loadingMore} onClick={() => onLoadMore(columnKey, items.length)}>
            加载更多（剩余{remaining}条）
          </Button>
        )}
      </div>
    </section>
  );
});
