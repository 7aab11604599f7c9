import { BarChartOutlined, FileTextOutlined, MenuOutlined, PlusOutlined, ReloadOutlined, SwapOutlined } from '@ant-design/icons';
import { defaultDropAnimation, DndContext, DragOverlay, type DragEndEvent, type DragOverEvent, type DragStartEvent, type DropAnimation } from '@dnd-kit/core';
import {
  canDo,
  canDoOnItem,
  backwardMoveNeedsReason,
  checkCardMoveBy,
  COLUMN_KEYS,
  COLUMN_TITLES,
  describeRefusal,
  isColumnKey,
  isCurableByData,
  type ColumnKey,
  type BoardCard,
  type HistoryCheckpoint,
  type MoveCheck,
} from '@rectify/shared';
import { Alert, App, Button, Result } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { movedMessage } from '../lib/move-messages';
import { AsOfBanner, AsOfPicker, COMPARE_PATH, useAsOf } from '../../as-of';
import { UserMenu, useCurrentUser } from '../../auth';
import { dashboardPathFromBoard } from '../../dashboard';
import { OverdueLink } from '../../overdue';
import { CreateItemModal, ItemDrawer } from '../../items';
import { reportPathFromBoard } from '../../reports';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { useBoard } from '../api/get-board';
import { useLoadMoreColumn } from '../api/get-column-page';
import { useMoveItem } from '../api/move-item';
import { createAnnouncements, itemOf, screenReaderInstructions } from '../dnd/announcements';
import { boardCollisionDetection } from '../dnd/collision';
import { useBoardSensors } from '../dnd/sensors';
import { useBoardUrlState } from '../hooks/use-board-url-state';
import { hasFilters } from '../lib/filters';
import { CardPreview } from './board-card';
import { BoardColumn } from './board-column';
import { FilterBar } from './filter-bar';
import type { SupplementRequest } from './supplement-modal';
import { BackwardMoveModal, type BackwardMove } from './backward-move-modal';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useIsPhone } from '../../../hooks/use-is-phone';

// The 台账 import wizard (and its spreadsheet code) loads when the toolbar is first drawn, after the board.
const LedgerButtons = lazy(() => import('../../ledger').then((m) => ({ default: m.LedgerButtons })));
// 待办 and 消息 ask their counts once the board is drawn; the 补充信息 form loads when a drop needs it.
const WorklistLink = lazy(() => import('../../worklist').then((m) => ({ default: m.WorklistLink })));
const NotificationBell = lazy(() => import('../../notifications').then((m) => ({ default: m.NotificationBell })));
const SupplementModal = lazy(() => import('./supplement-modal').then((m) => ({ default: m.SupplementModal })));

export function BoardPage() {
  useDocumentTitle('看板');
  const user = useCurrentUser();
  const readable = canDo(user, 'board.read');
  if (!readable.allowed) {
    // A system administrator manages accounts and departments, not rectification content.
    return (
      <div className="board-page">
        <BoardHeader />
        <Result status="403" title="此账号不能查看看板" subTitle={readable.reason} />
      </div>
    );
  }
  return <Board />;
}

/**
 * `badges`: false until the board is drawn, so 待办 and 消息 do not hold up its first request.
 * On a phone the title keeps its row with 待办, 消息 and 更多; the other entries (and whatever a
 * feature adds to `actions`) wrap in a panel that 更多 opens.
 */
function BoardHeader({ subtitle, actions, badges = true }: { subtitle?: string; actions?: React.ReactNode; badges?: boolean }) {
  const phone = useIsPhone();
  const [more, setMore] = useState(false);
  if (phone)
    return (
      <header className="board-header is-phone">
        <div className="board-brand">
          <h1 className="board-title">整改看板</h1>
        </div>
        <div className="board-header-quick">
          <Suspense fallback={null}>{badges && <WorklistLink />}</Suspense>
          <Suspense fallback={null}>{badges && <NotificationBell />}</Suspense>
          <Button icon={<MenuOutlined aria-hidden="true" />} aria-expanded={more} aria-controls="board-header-more" onClick={() => setMore((open) => !open)}>
            更多
          </Button>
        </div>
        <div id="board-header-more" className="board-header-actions board-header-more" hidden={!more}>
          <OverdueLink />
          {actions}
          <UserMenu />
        </div>
      </header>
    );
  return (
    <header className="board-header">
      <div className="board-brand">
        <h1 className="board-title">整改看板</h1>
        <span className="board-subtitle board-subtitle-optional">整改问题清单{subtitle ? ` · ${subtitle}` : ''}</span>
      </div>
      <div className="board-header-actions">
        <OverdueLink />
        <Suspense fallback={null}>{badges && <WorklistLink />}</Suspense>
        {actions}
        <Suspense fallback={null}>{badges && <NotificationBell />}</Suspense>
        <UserMenu />
      </div>
    </header>
  );
}

function Board() {
  const user = useCurrentUser();
  const { filters: liveFilters, setFilters, clearFilters, itemId, openItem, closeItem } = useBoardUrlState();
  // 查看某日状态: the board as of a past day (?asOf=…), rebuilt from the history and read-only.
  const { asOf } = useAsOf();
  const filters = useMemo(() => (asOf ? { ...liveFilters, asOf } : liveFilters), [liveFilters, asOf]);
  const board = useBoard(filters);
  // mutateAsync is stable across renders (the mutation object is not): the callbacks below depend on it alone.
  const loadMore = useLoadMoreColumn(filters);
  const { mutateAsync: loadMoreAsync } = loadMore;
  const { mutateAsync: moveAsync } = useMoveItem();
  const { message } = App.useApp();
  const sensors = useBoardSensors();
  const accessibility = useMemo(() => ({ announcements: createAnnouncements(user), screenReaderInstructions }), [user]);

  const [activeItem, setActiveItem] = useState<BoardCard | null>(null);
  const [overKey, setOverKey] = useState<ColumnKey | null>(null);
  const [supplement, setSupplement] = useState<SupplementRequest | null>(null);
  const [backward, setBackward] = useState<BackwardMove | null>(null);
  const [creating, setCreating] = useState(false);
  /** Outcome of a move for screen readers; the drag announcements end at the drop. */
  const [liveMessage, setLiveMessage] = useState('');

  /** While dragging: may the card enter each column, and if not, why (the shared gate rules). */
  const checks = useMemo(() => {
    if (!activeItem) return null;
    return new Map<ColumnKey, MoveCheck>(COLUMN_KEYS.map((key) => [key, checkCardMoveBy(user, activeItem, key)]));
  }, [activeItem, user]);

  const showMoveError = useCallback(
    (error: unknown, item?: BoardCard) => {
      const reasons = isApiError(error) ? error.reasons.map((r) => r.message) : [];
      if (item)
        setLiveMessage(
          `移动未完成：${errorMessage(error)}${reasons.length ? `（${reasons.join('；')}）` : ''}。卡片 ${item.code} 仍在「${COLUMN_TITLES[item.status]}」。`,
        );
      message.error({
        content:
          reasons.length > 0 ? (
            <div className="move-error">
              <div>{errorMessage(error)}</div>
              <ul className="reason-list">
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          ) : (
            errorMessage(error)
          ),
        duration: 6,
      });
    },
    [message],
  );

  /** May this user move this card at all (shared access table; the gates come after). */
  const canMove = useCallback((item: BoardCard) => !asOf && canDoOnItem(user, 'item.move', scopeOf(item)).allowed, [user, asOf]);
  const canCreate = !asOf && canDo(user, 'item.create').allowed;
  const canReport = canDo(user, 'report.read').allowed;
  const canDashboard = canDo(user, 'dashboard.read').allowed;
  const navigate = useNavigate();
  const reportPath = reportPathFromBoard(filters);
  const closedAction = useMemo(
    () =>
      canReport ? (
        <Button size="small" type="link" className="column-action" icon={<FileTextOutlined aria-hidden="true" />} onClick={() => navigate(reportPath)}>
          生成问题及原因
        </Button>
      ) : null,
    [canReport, navigate, reportPath],
  );
  /** Why this user can move no card at all (纪检 reads only), shown above the board. */
  const readOnlyReason = asOf ? undefined : canDo(user, 'item.move').reason;

  /** Sends an allowed move. mutateAsync, not mutate(…, callbacks): per-call callbacks fire only for the latest call, and a clerk moving two cards quickly must hear about each refusal. */
  const send = useCallback(
    (item: BoardCard, to: ColumnKey, reason?: string) =>
      void moveAsync({ item, to, reason })
        .then((moved) => message.success({ content: movedMessage(moved, to), duration: 2 }))
        .catch((error: unknown) => showMoveError(error, item)),
    [moveAsync, message, showMoveError],
  );

  /** Every move, dragged or chosen from "移至…", goes through here. */
  const requestMove = useCallback(
    (item: BoardCard, to: ColumnKey) => {
      if (item.status === to || asOf) return;
      const permission = canDoOnItem(user, 'item.move', scopeOf(item));
      if (!permission.allowed) {
        message.warning(permission.reason ?? '没有权限移动此卡片');
        return;
      }
      const check = checkCardMoveBy(user, item, to);
      if (check.allowed && backwardMoveNeedsReason(user, item.status, to)) {
        setBackward({ item, to });
      } else if (check.allowed) {
        send(item, to);
      } else if (isCurableByData(check)) {
        setSupplement({ item, to });
      } else {
        message.warning(describeRefusal(to, check));
      }
    },
    [send, message, user, asOf],
  );

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    setActiveItem(itemOf(active) ?? null);
    setOverKey(null);
  }, []);

  const onDragOver = useCallback(({ over }: DragOverEvent) => {
    setOverKey(over && isColumnKey(over.id) ? over.id : null);
  }, []);

  // The move is committed on drop only; moving cards in onDragOver loops re-renders on big boards.
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const item = itemOf(active);
      setActiveItem(null);
      setOverKey(null);
      if (item && over && isColumnKey(over.id)) requestMove(item, over.id);
    },
    [requestMove],
  );

  const onDragCancel = useCallback(() => {
    setActiveItem(null);
    setOverKey(null);
  }, []);

  const onLoadMore = useCallback(
    (key: ColumnKey, after: string) =>
      loadMoreAsync({ key, after }).then(
        () => undefined,
        (error: unknown) => {
          showMoveError(error);
          throw error;
        },
      ),
    [loadMoreAsync, showMoveError],
  );

  // A card that will move lands in its new column at once; one that will not glides back home.
  const dropAnimation: DropAnimation | null = activeItem && overKey && checks?.get(overKey)?.allowed ? null : defaultDropAnimation;

  const data = board.data;
  // What is not needed to read the board (the badges, the 台账 buttons, the 补充信息 form's code)
  // waits until its cards are painted and the page is idle, so it does not compete with them.
  const settled = useSettled(data !== undefined);
  useEffect(() => {
    if (settled) void import('./supplement-modal');
  }, [settled]);
  const total = data ? data.columns.reduce((sum, column) => sum + column.total, 0) : null;
  const loadingColumn = loadMore.isPending ? loadMore.variables?.key : undefined;

  return (
    <div className="board-page">
      <BoardHeader
        badges={settled || board.isError}
        subtitle={data ? (asOf ? `${formatDate(asOf)}的状态` : `今天是${formatDate(data.today)}`) : undefined}
        actions={
          <>
            {canDashboard && <AsOfPicker />}
            {canDashboard && (
              <Button icon={<SwapOutlined aria-hidden="true" />} onClick={() => navigate(COMPARE_PATH + (asOf ? `?from=${asOf}` : ''))}>
                对比
              </Button>
            )}
            {canDashboard && (
              <Button icon={<BarChartOutlined aria-hidden="true" />} onClick={() => navigate(dashboardPathFromBoard(filters))}>
                统计分析
              </Button>
            )}
            {canReport && (
              <Button icon={<FileTextOutlined aria-hidden="true" />} onClick={() => navigate(reportPath)}>
                问题及原因材料
              </Button>
            )}
            <Suspense fallback={null}>{settled && <LedgerButtons filters={filters} filtered={hasFilters(filters)} asOf={asOf ?? undefined} />}</Suspense>
            {canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
                新增问题
              </Button>
            )}
          </>
        }
      />

      <FilterBar filters={filters} onChange={setFilters} onClear={clearFilters} total={total} />

      <AsOfBanner what="看板" checkpoint={data && 'checkpoint' in data ? (data as { checkpoint: HistoryCheckpoint }).checkpoint : undefined} />

      {readOnlyReason && (
        <Alert
          type="info"
          showIcon
          className="board-alert"
          data-testid="board-readonly"
          title={`${readOnlyReason}：卡片不可拖动，可点击卡片查看详情和历史记录`}
        />
      )}

      {board.isError && (
        <Alert
          type="error"
          showIcon
          className="board-alert"
          title="看板加载失败"
          description={errorMessage(board.error)}
          action={
            <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void board.refetch()}>
              重试
            </Button>
          }
        />
      )}

      <DndContext
        sensors={sensors}
        collisionDetection={boardCollisionDetection}
        accessibility={accessibility}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
      >
        <main className={activeItem ? 'board-columns is-dragging' : 'board-columns'} aria-label="看板列" aria-busy={board.isFetching}>
          {COLUMN_KEYS.map((key) => (
            <BoardColumn
              key={key}
              columnKey={key}
              title={COLUMN_TITLES[key]}
              column={data?.columns.find((column) => column.key === key)}
              check={checks?.get(key) ?? null}
              activeId={activeItem?.status === key ? activeItem.id : null}
              loading={board.isLoading}
              loadingMore={loadingColumn === key}
              onLoadMore={onLoadMore}
              onOpen={openItem}
              onRequestMove={requestMove}
              canMove={canMove}
              action={key === 'closed' ? closedAction : null}
            />
          ))}
        </main>
        <DragOverlay dropAnimation={dropAnimation}>{activeItem ? <CardPreview item={activeItem} /> : null}</DragOverlay>
      </DndContext>

      <div className="sr-only" aria-live="assertive">
        {liveMessage}
      </div>
      <Suspense fallback={null}>{supplement && <SupplementModal request={supplement} onClose={() => setSupplement(null)} />}</Suspense>
      {backward && (
        <BackwardMoveModal
          move={backward}
          onClose={() => setBackward(null)}
          onSubmit={(reason) => {
            setBackward(null);
            send(backward.item, backward.to, reason);
          }}
        />
      )}
      {/* The drawer and the form load when first opened. */}
      <Suspense fallback={null}>
        {itemId && <ItemDrawer itemId={itemId} onClose={closeItem} readOnly={!!asOf} />}
        {canCreate && creating && <CreateItemModal open={creating} onClose={() => setCreating(false)} />}
      </Suspense>
    </div>
  );
}

/** What the access rules read of a card (its departments). */
const scopeOf = (card: BoardCard) => ({ departmentId: card.departmentId, coDepartmentIds: card.coDepartmentIds ?? [] });

/** True once `ready` has been painted and the browser is idle (or 1.5 s later at most). */
function useSettled(ready: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready || settled) return;
    let idle: number | undefined;
    const frame = requestAnimationFrame(() => {
      idle = window.requestIdleCallback
        ? window.requestIdleCallback(() => setSettled(true), { timeout: 1500 })
        : window.setTimeout(() => setSettled(true), 200);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [ready, settled]);
  return settled;
}
