import { Injectable } from '@nestjs/common';
import { checkDeadlineEdit, checkNewDates, dueDateOf, officeToday, PERSON_REQUIRED, personMissing, type ItemChanges } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { RuleViolationError } from '../common/domain-errors.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { DictionariesService } from '../dictionaries/dictionaries.service.js';
import type { ItemEntity } from './item.entity.js';
import { settlePeople } from './item-people.js';

/**
 * The rules every edit of an item's fields obeys, whatever the write (edit, move, 台账 import): the
 * departments exist, the dictionary values are offered, 个人问题 names its member, a running deadline
 * moves only through an approved 延期, and a date being set is not already past.
 */
@Injectable()
export class ItemChangeRules {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly dictionaries: DictionariesService,
  ) {}

  /** The item with `changes` applied, or a 4xx naming what is wrong. */
  async apply(manager: EntityManager, item: ItemEntity, changes: ItemChanges): Promise<ItemEntity> {
    await this.departments.assertExist(manager, [changes.departmentId, ...(changes.coDepartmentIds ?? [])]);
    await settlePeople(manager, item, changes);
    await this.dictionaries.assertOffered(
      manager,
      { source: changes.source, category: changes.category, cause_tag: changes.causeTags },
      { source: item.source, category: item.category, cause_tag: item.causeTags },
    );
    const after = { ...item, ...changes };
    if (personMissing(after)) throw new RuleViolationError(PERSON_REQUIRED, [{ path: 'person', message: PERSON_REQUIRED }]);
    const deadlineRule = checkDeadlineEdit(item.status, item, after);
    if (!deadlineRule.allowed) throw new RuleViolationError(deadlineRule.reason, [{ path: 'deadline', message: deadlineRule.reason }]);
    enforceDates(checkNewDates(item, after, officeToday(new Date())));
    return { ...after, dueDate: dueDateOf(after) };
  }
}

/** A date rule broken (a past deadline or review date being set): 422 on the field it concerns. */
export function enforceDates(check: ReturnType<typeof checkNewDates>): void {
  if (check.allowed) return;
  throw new RuleViolationError(check.reason, [{ path: check.field, message: check.reason }]);
}
