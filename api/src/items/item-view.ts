import { computeWarning, type ItemView, type WarningSettings } from '@rectify/shared';
import type { ItemEntity } from './item.entity.js';

/** A stored item as the API returns it: department names resolved, warning light computed for `now` (an instant or an office date). */
export function toItemView(entity: ItemEntity, departmentNames: Map<string, string>, now: Date | string, warning: WarningSettings): ItemView {
  const { dueDate: _storedDueDate, ...item } = entity;
  return {
    ...item,
    departmentName: entity.departmentId ? (departmentNames.get(entity.departmentId) ?? null) : null,
    coDepartmentNames: entity.coDepartmentIds.map((id) => departmentNames.get(id)).filter((n): n is string => !!n),
    warning: computeWarning(entity, now, warning),
  };
}
