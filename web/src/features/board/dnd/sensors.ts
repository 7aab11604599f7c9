import { KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors, type PointerSensorOptions } from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { columnCoordinateGetter } from './keyboard-coordinates';

/**
 * PointerSensor for mouse and pen only. Touch pointers are left to TouchSensor, whose press-and-hold
 * delay lets a finger scroll the board; otherwise the PointerSensor would grab every touch first.
 */
export class MousePointerSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (event: ReactPointerEvent, options: PointerSensorOptions) => {
        const native = event.nativeEvent;
        if (native.pointerType === 'touch' || !native.isPrimary || native.button !== 0) return false;
        options.onActivation?.({ event: native });
        return true;
      },
    },
  ];
}

export function useBoardSensors() {
  return useSensors(
    // 5px before a drag starts, so a plain click still opens the card.
    useSensor(MousePointerSensor, { activationConstraint: { distance: 5 } }),
    // A finger holds still for 250 ms to lift a card (dnd-kit's suggested touch delay); moving more than
    // 5 px before that is a scroll of the column or the board, which the card's touch-action leaves
    // to the browser. A tap still opens the card.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinateGetter }),
  );
}
