import { Injectable } from '@nestjs/common';
import {
  COLUMN_KEYS,
  COLUMN_TITLES,
  officeToday,
  type Actor,
  type BoardQuery,
  type BoardResponse,
  type ColumnKey,
  type ColumnPage,
  type ColumnPageQuery,
} from '@rectify/shared';
import { AsOfService } from '../as-of/as-of.service.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { ItemSearch, searchScopeOf } from '../items/item-search.js';

/** The board: five columns, each with its total and its first page of cards, as far as the actor may see. */
@Injectable()
export class BoardService {
  constructor(
    private readonly search: ItemSearch,
    private readonly departments: DepartmentsService,
    private readonly asOf: AsOfService,
  ) {}

  async board(query: BoardQuery, actor: Actor): Promise<BoardResponse> {
    const { limit, ...filters } = query;
    // A past day: rebuilt from the history (read-only).
    if (query.asOf) return this.asOf.board(query.asOf, filters, limit, actor);
    const scope = searchScopeOf(actor, 'board.read');
    const now = new Date();
    const [totals, names] = await Promise.all([this.search.countByColumn(filters, scope, now), this.departments.namesById()]);
    const columns = await Promise.all(
      COLUMN_KEYS.map(async (key) => ({
        key,
        title: COLUMN_TITLES[key],
        total: totals.get(key) ?? 0,
        ...(totals.get(key) ? await this.search.cards(key, filters, scope, { limit }, now, names) : { items: [], next: null }),
      })),
    );
    return { columns, today: officeToday(now) };
  }

  async column(key: ColumnKey, query: ColumnPageQuery, actor: Actor): Promise<ColumnPage> {
    const { limit, after, ...filters } = query;
    if (query.asOf) return this.asOf.column(query.asOf, key, filters, { after, limit }, actor);
    const scope = searchScopeOf(actor, 'board.read');
    const now = new Date();
    const totals = await this.search.countByColumn(filters, scope, now);
    return { key, total: totals.get(key) ?? 0, ...(await this.search.cards(key, filters, scope, { after, limit }, now)) };
  }
}
