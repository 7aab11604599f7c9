import { pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';

/**
 * The column under the pointer (what a mouse or finger user means); keyboard drags have no
 * pointer, so they fall back to the column the card overlaps most.
 */
export const boardCollisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};
