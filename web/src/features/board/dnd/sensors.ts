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
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinateGetter }),
  );
}
