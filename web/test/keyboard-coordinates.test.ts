import type { ClientRect, UniqueIdentifier } from '@dnd-kit/core';
import { describe, expect, it } from '@jest/globals';
import { columnCoordinateGetter } from '../src/features/board/dnd/keyboard-coordinates';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

// Five columns 260px wide with 12px gaps, from x = 24, y = 120 to 880.
const COLUMNS: Array<[UniqueIdentifier, ClientRect]> = ['found', 'measures', 'deadline', 'in_progress', 'closed'].map((key, i) => [
  key,
  rect(24 + i * 272, 120, 260, 760),
]);

function press(code: string, collisionRect: ClientRect, disabled: string[] = []) {
  const droppableRects = new Map(COLUMNS);
  const droppableContainers = new Map(COLUMNS.map(([id]) => [id, { id, disabled: disabled.includes(String(id)) }]));
  let prevented = false;
  const event = { code, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
  const context = { collisionRect, droppableRects, droppableContainers } as unknown as Parameters<typeof columnCoordinateGetter>[1]['context'];
  const result = columnCoordinateGetter(event, {
    active: 'card-1',
    context,
    currentCoordinates: { x: collisionRect.left, y: collisionRect.top },
  });
  return { result, prevented };
}

// A 244px card sitting in the first column.
const cardInFirstColumn = rect(32, 300, 244, 120);

describe('keyboard coordinate getter', () => {
  it('ArrowRight centres the card on the next column, in one press', () => {
    const { result, prevented } = press('ArrowRight', cardInFirstColumn);
    const next = COLUMNS[1][1];
    expect(result).toEqual({ x: next.left + next.width / 2 - 244 / 2, y: 300 });
    expect(prevented).toBe(true);
  });

  it('ArrowLeft goes to the previous column', () => {
    const third = COLUMNS[2][1];
    const card = rect(third.left + 8, 200, 244, 120);
    const { result } = press('ArrowLeft', card);
    const second = COLUMNS[1][1];
    expect(result).toEqual({ x: second.left + second.width / 2 - 122, y: 200 });
  });

  it('from a card already centred on a column, moves exactly one column', () => {
    const second = COLUMNS[1][1];
    const centred = rect(second.left + (second.width - 244) / 2, 300, 244, 120);
    const { result } = press('ArrowRight', centred);
    const third = COLUMNS[2][1];
    expect(result?.x).toBeCloseTo(third.left + (third.width - 244) / 2);
  });

  it('does nothing past the last column, or for ArrowUp / ArrowDown', () => {
    const last = COLUMNS[4][1];
    expect(press('ArrowRight', rect(last.left + 8, 300, 244, 120)).result).toBeUndefined();
    expect(press('ArrowLeft', cardInFirstColumn).result).toBeUndefined();
    const down = press('ArrowDown', cardInFirstColumn);
    expect(down.result).toBeUndefined();
    expect(down.prevented).toBe(true);
  });

  it('keeps the card inside the target column vertically', () => {
    const low = rect(32, 850, 244, 120);
    const { result } = press('ArrowRight', low);
    expect(result?.y).toBe(880 - 120);
  });

  it('skips disabled droppables', () => {
    const { result } = press('ArrowRight', cardInFirstColumn, ['measures']);
    const third = COLUMNS[2][1];
    expect(result?.x).toBe(third.left + third.width / 2 - 122);
  });
});
