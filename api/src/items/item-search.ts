import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { dueDateRangeOf, officeToday, reachOf, type Action, type Actor, type BoardFilters, type ColumnKey, type ItemView } from '@rectify/shared';
import { Brackets, Repository, type SelectQueryBuilder } from 'typeorm';
import { DepartmentsService } from '../departments/departments.service.js';
import { SettingsService } from '../settings/settings.service.js';
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

  async page(
    column: ColumnKey,
    filters: BoardFilters,
    scope: SearchScope,
    page: { offset: number; limit: number },
    now: Date,
    departmentNames?: Map<string, string>,
  ): Promise<ItemView[]> {
    const query = this.filtered(filters, scope, now).andWhere('item.status = :column', { column });
    // Open cards: nearest due date first, undated last. Closed cards: most recently closed first.
    // In 销号, applications awaiting review come first: they are the column's work still to do.
    if (column === 'closed') query.orderBy("CASE WHEN item.signoff = 'pending' THEN 0 ELSE 1 END", 'ASC').addOrderBy('item.updatedAt', 'DESC');
    else query.orderBy('CASE WHEN item.dueDate IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('item.dueDate', 'ASC');
    const rows = await query.addOrderBy('item.code', 'ASC').offset(page.offset).limit(page.limit).getMany();
    return this.views(rows, now, departmentNames);
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
        q
          .where("item.signoff = 'pending'")
          .orWhere('item.extension IS NOT NULL')
          .orWhere("(item.reviewRequirement IS NOT NULL AND item.status <> 'closed')"),
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
          q
            .where("item.title LIKE :pattern ESCAPE '\\'")
            .orWhere("item.description LIKE :pattern ESCAPE '\\'")
            .orWhere("item.code LIKE :pattern ESCAPE '\\'"),
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
  query.andWhere(
    new Brackets((q) => q.where(`item.departmentId = :${name}Lead`).orWhere(`item.coDepartmentIds LIKE :${name}Co`)),
    { [`${name}Lead`]: departmentId, [`${name}Co`]: `%"${departmentId}"%` },
  );
}
