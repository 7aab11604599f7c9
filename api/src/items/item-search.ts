import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  boardCardOf,
  computeWarning,
  dueDateRangeOf,
  officeToday,
  reachOf,
  type Action,
  type Actor,
  type BoardCard,
  type BoardFilters,
  type ColumnCursor,
  type ColumnKey,
  type ItemView,
} from '@rectify/shared';
import { Brackets, Repository, type SelectQueryBuilder } from 'typeorm';
import { DepartmentsService } from '../departments/departments.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { CARD_COLUMNS, cardSourceOf, decodeCursor, encodeCursor, sortOf, type CardRow } from './board-cards.js';
import { toItemView } from './item-view.js';
import { ItemEntity } from './item.entity.js';

/** Limits a search to one department's items (a 责任部门 user sees only their own). */
export type SearchScope = { departmentId: string } | null;

/** The scope an actor's reach for `action` allows (shared access table): everything, or their department's items. */
export function searchScopeOf(actor: Actor, action: Action): SearchScope {
  return reachOf(actor, action) === 'own' ? { departmentId: actor.departmentId ?? 'none' } : null;
}

/** Finding items by the board's filters: counts per column and one page of a column, most urgent first. */
@Injectable()
export class ItemSearch {
  constructor(
    @InjectRepository(ItemEntity) private readonly items: Repository<ItemEntity>,
    private readonly departments: DepartmentsService,
    private readonly settings: SettingsService,
  ) {}

  async countByColumn(filters: BoardFilters, scope: SearchScope, now: Date): Promise<Map<ColumnKey, number>> {
    const rows = await this.filtered(filters, scope, now)
      .select('item.status', 'status')
      .addSelect('COUNT(*)', 'total')
      .groupBy('item.status')
      .getRawMany<{ status: ColumnKey; total: string | number }>();
    return new Map(rows.map((r) => [r.status, Number(r.total)]));
  }

  /**
   * One page of a column, most urgent first, as slim board cards: just the columns a card needs, read
   * as raw rows (no entity hydration), in the order of the column's sort index (migration
   * 1764350000000), starting after `after` (keyset paging: no OFFSET to count through).
   */
  async cards(
    column: ColumnKey,
    filters: BoardFilters,
    scope: SearchScope,
    page: { after?: string; limit: number },
    now: Date,
    departmentNames?: Map<string, string>,
  ): Promise<{ items: BoardCard[]; next: ColumnCursor }> {
    const today = officeToday(now);
    const query = this.filtered(filters, scope, now).andWhere('item.status = :column', { column });
    const sort = sortOf(column);
    if (page.after) sort.after(query, decodeCursor(page.after));
    query.select(CARD_COLUMNS.map((name) => `item.${name} AS "${name}"`));
    sort.order(query);
    // One row more than asked tells whether the column goes on.
    const rows = await query.limit(page.limit + 1).getRawMany<CardRow>();
    const more = rows.length > page.limit;
    if (more) rows.pop();
    const names = departmentNames ?? (await this.departments.namesById());
    const warning = this.settings.warning();
    const items = rows.map((row) => {
      const item = cardSourceOf(row);
      return boardCardOf(item, item.departmentId ? (names.get(item.departmentId) ?? null) : null, computeWarning(item, today, warning));
    });
    return { items, next: more ? encodeCursor(sort.keyOf(rows[rows.length - 1])) : null };
  }

  /** Every item matching the filters, in 编号 order (for exports and reports, not for the board). */
  async find(filters: BoardFilters, scope: SearchScope, now: Date): Promise<ItemView[]> {
    const rows = await this.filtered(filters, scope, now).orderBy('item.code', 'ASC').getMany();
    return this.views(rows, now);
  }

  /**
   * Items with a decision or rework outstanding (a pending 销号 application, a pending 延期 request, a
   * rejection's 补充整改要求), oldest change first. Whose turn it is, shared/src/workflow/worklist.ts says.
   */
  async awaitingWork(scope: SearchScope, now: Date): Promise<ItemView[]> {
    const query = this.items.createQueryBuilder('item');
    if (scope) involving(query, scope.departmentId, 'scope');
    query.andWhere(
      new Brackets((q) =>
        q.where("item.signoff = 'pending'").orWhere('item.extension IS NOT NULL').orWhere("(item.reviewRequirement IS NOT NULL AND item.status <> 'closed')"),
      ),
    );
    const rows = await query.orderBy('item.updatedAt', 'ASC').addOrderBy('item.code', 'ASC').getMany();
    return this.views(rows, now);
  }

  /** Stored rows as the API returns them, lit for the office day of `now`. */
  private async views(rows: ItemEntity[], now: Date, departmentNames?: Map<string, string>): Promise<ItemView[]> {
    const names = departmentNames ?? (await this.departments.namesById());
    const today = officeToday(now);
    return rows.map((row) => toItemView(row, names, today, this.settings.warning()));
  }

  private filtered(filters: BoardFilters, scope: SearchScope, now: Date): SelectQueryBuilder<ItemEntity> {
    const query = this.items.createQueryBuilder('item');
    if (scope) involving(query, scope.departmentId, 'scope');
    if (filters.source) query.andWhere('item.source = :source', { source: filters.source });
    if (filters.category) query.andWhere('item.category = :category', { category: filters.category });
    if (filters.department) involving(query, filters.department, 'department');
    if (filters.q) {
      const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q.where("item.title LIKE :pattern ESCAPE '\\'").orWhere("item.description LIKE :pattern ESCAPE '\\'").orWhere("item.code LIKE :pattern ESCAPE '\\'"),
        ),
        { pattern },
      );
    }
    if (filters.warning === 'none') {
      query.andWhere("(item.status = 'closed' OR item.dueDate IS NULL)");
    } else if (filters.warning) {
      const range = dueDateRangeOf(filters.warning, now, this.settings.warning());
      query.andWhere("item.status <> 'closed' AND item.dueDate IS NOT NULL");
      if (range.from) query.andWhere('item.dueDate >= :from', { from: range.from });
      if (range.to) query.andWhere('item.dueDate <= :to', { to: range.to });
    }
    return query;
  }
}

/** Items a department leads, or co-operates on (co-operating ids are stored as a JSON list). */
function involving(query: SelectQueryBuilder<ItemEntity>, departmentId: string, name: string): void {
  query.andWhere(new Brackets((q) => q.where(`item.departmentId = :${name}Lead`).orWhere(`item.coDepartmentIds LIKE :${name}Co`)), {
    [`${name}Lead`]: departmentId,
    [`${name}Co`]: `%"${departmentId}"%`,
  });
}
