/**
 * Keyboard dragging that jumps from column to column. dnd-kit's default getter moves 25px per key
 * press, which takes a dozen presses to cross one column; a clerk expects one press per column.
 */
import type { ClientRect, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';

type Rects = Pick<Map<UniqueIdentifier, ClientRect>, 'forEach'>;
type Containers = { get(id: UniqueIdentifier): { disabled: boolean } | undefined };

const center = (rect: ClientRect) => rect.left + rect.width / 2;

/** The droppable whose centre is the nearest one to the left (-1) or right (+1) of `x`. */
export function neighbouringRect(rects: Rects, containers: Containers | undefined, x: number, direction: -1 | 1): ClientRect | null {
  let best: ClientRect | null = null;
  rects.forEach((rect, id) => {
    if (containers?.get(id)?.disabled) return;
    const offset = (center(rect) - x) * direction;
    // A 1px margin so the column the card is already centred on never counts as "next".
    if (offset <= 1) return;
    if (!best || offset < (center(best) - x) * direction) best = rect;
  });
  return best;
}

export const columnCoordinateGetter: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (direction === 0) {
    // No order within a column: up/down do nothing (but must not scroll the page mid-drag).
    if (event.code === 'ArrowUp' || event.code === 'ArrowDown') event.preventDefault();
    return undefined;
  }
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;

  const target = neighbouringRect(droppableRects, droppableContainers, center(collisionRect), direction);
  if (!target) return undefined;
  event.preventDefault();

  // Centre the card horizontally on the column; keep its height, but inside the column.
  const x = center(target) - collisionRect.width / 2;
  const maxTop = Math.max(target.top, target.bottom - collisionRect.height);
  const y = Math.min(Math.max(currentCoordinates.y, target.top), maxTop);
  return { x, y };
};
