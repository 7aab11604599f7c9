import { StopOutlined, FormOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { isCurableByData, type BoardCard as Card, type BoardColumn as BoardColumnData, type ColumnKey, type MoveCheck } from '@rectify/shared';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { Button, Skeleton, Spin } from 'antd';
import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { BoardCard, type CardCallbacks } from './board-card';

interface Props extends CardCallbacks {
  columnKey: ColumnKey;
  title: string;
  column: BoardColumnData | undefined;
  /** While a card is dragged: may it come here? null when nothing is dragged. */
  check: MoveCheck | null;
  /** The dragged card's id, given to its own column only (it stays rendered while scrolled away). */
  activeId: string | null;
  loading: boolean;
  loadingMore: boolean;
  /** Fetch the cards after `after` (the column's `next`); rejects when that failed (the board has said why). */
  onLoadMore: (key: ColumnKey, after: string) => Promise<void>;
  /** May the signed-in user move this card (access rules, not gates)? */
  canMove: (item: Card) => boolean;
  /** A column-wide action under the header (销号: 生成问题及原因). */
  action?: ReactNode;
}

/** A card's height before it is measured; cards with lifecycle tags are taller and measured as drawn. */
const ESTIMATED_CARD_HEIGHT = 118;
/** Cards drawn beyond the visible ones, above and below, so a quick scroll shows no gap. */
const OVERSCAN = 3;
/** Fetch the next page when the last drawn card is this close to the end of what is loaded. */
const PREFETCH_WITHIN = 15;

/** Why the dragged card may not come in, in the clerk's words. */
function blockedText(check: MoveCheck): string {
  const reasons = check.reasons.map((r) => r.message).join('；');
  return isCurableByData(check) ? `不能直接移入：${reasons}` : reasons;
}

export const BoardColumn = memo(function BoardColumn(props: Props) {
  const { columnKey, title, column, check, activeId, loading, loadingMore, onLoadMore, onOpen, onRequestMove, canMove, action } = props;
  const { setNodeRef, isOver } = useDroppable({ id: columnKey });

  const blocked = check !== null && !check.allowed;
  const curable = blocked && isCurableByData(check);
  const total = column?.total ?? 0;

  const classes = ['board-column'];
  if (check) classes.push(blocked ? (curable ? 'is-curable' : activeId ? 'is-source' : 'is-forbidden') : 'is-allowed');
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
      {loading && !column ? (
        <div className="column-body">
          <Skeleton active paragraph={{ rows: 3 }} title={false} />
        </div>
      ) : !column || column.items.length === 0 ? (
        <div className="column-body">
          <div className="column-empty">暂无事项</div>
        </div>
      ) : (
        <CardList
          columnKey={columnKey}
          title={title}
          column={column}
          activeId={activeId}
          loadingMore={loadingMore}
          onLoadMore={onLoadMore}
          onOpen={onOpen}
          onRequestMove={onRequestMove}
          canMove={canMove}
        />
      )}
    </section>
  );
});

type ListProps = Pick<Props, 'columnKey' | 'title' | 'activeId' | 'loadingMore' | 'onLoadMore' | 'onOpen' | 'onRequestMove' | 'canMove'> & {
  column: BoardColumnData;
};

/**
 * Every card of the column, reachable by scrolling, with only those in view (and a few around them)
 * in the page: a column of 2,000 cards draws about as fast as one of 20. The next page is fetched
 * before the clerk reaches the end of what is loaded.
 */
function CardList({ columnKey, title, column, activeId, loadingMore, onLoadMore, onOpen, onRequestMove, canMove }: ListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, next } = column;
  const activeIndex = activeId ? items.findIndex((item) => item.id === activeId) : -1;

  // The dragged card stays mounted while the column scrolls away from it: dnd-kit keeps measuring it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return activeIndex >= 0 && !indexes.includes(activeIndex) ? [...indexes, activeIndex].sort((a, b) => a - b) : indexes;
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => items[index].id,
    overscan: OVERSCAN,
    gap: 8,
    // Before the column is measured: draw the first cards in the same pass as the data, not a frame later.
    initialRect: { width: 240, height: window.innerHeight },
    rangeExtractor,
  });
  const drawn = virtualizer.getVirtualItems();
  const lastDrawn = drawn.length > 0 ? drawn[drawn.length - 1].index : 0;

  // A page that failed is not asked for again by itself (no loop of errors): the clerk retries.
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (next && next !== failed && !loadingMore && lastDrawn >= items.length - PREFETCH_WITHIN) onLoadMore(columnKey, next).catch(() => setFailed(next));
  }, [columnKey, failed, items.length, lastDrawn, loadingMore, next, onLoadMore]);

  return (
    <div
      ref={scrollRef}
      className="column-body"
      data-testid={`column-scroll-${columnKey}`}
      tabIndex={-1}
      aria-label={`${title}：共${column.total}项，滚动查看`}
    >
      <div className="column-cards" style={{ height: virtualizer.getTotalSize() }}>
        {drawn.map((row) => {
          const item = items[row.index];
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              className="column-card-slot"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <BoardCard item={item} movable={canMove(item)} onOpen={onOpen} onRequestMove={onRequestMove} />
            </div>
          );
        })}
      </div>
      {next && (
        <div className="column-more" role="status">
          {loadingMore ? (
            <Spin size="small" description="正在加载更多…" />
          ) : next === failed ? (
            <Button size="small" type="link" onClick={() => setFailed(null)}>
              加载失败，点此重试
            </Button>
          ) : (
            `已显示${items.length}项，继续滚动加载其余${column.total - items.length}项`
          )}
        </div>
      )}
    </div>
  );
}
