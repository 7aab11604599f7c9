import { Injectable } from '@nestjs/common';
import { COLUMN_KEYS, COLUMN_TITLES, officeToday, type BoardQuery, type BoardResponse, type ColumnKey, type ColumnPage, type ColumnPageQuery } from '@rectify/shared';
import { DepartmentsService } from '../departments/departments.service.js';
import { ItemSearch } from '../items/item-search.js';

/** The board: five columns, each with its total and its first page of cards. */
@Injectable()
export class BoardService {
  constructor(
    private readonly search: ItemSearch,
    private readonly departments: DepartmentsService,
  ) {}

  async board(query: BoardQuery): Promise<BoardResponse> {
    const { limit, ...filters } = query;
    const now = new Date();
    const [totals, names] = await Promise.all([this.search.countByColumn(filters, now), this.departments.namesById()]);
    const columns = await Promise.all(
      COLUMN_KEYS.map(async (key) => ({
        key,
        title: COLUMN_TITLES[key],
        total: totals.get(key) ?? 0,
        items: totals.get(key) ? await this.search.page(key, filters, 0, limit, now, names) : [],
      })),
    );
    return { columns, today: officeToday(now) };
  }

  async column(key: ColumnKey, query: ColumnPageQuery): Promise<ColumnPage> {
    const { limit, offset, ...filters } = query;
    const now = new Date();
    const totals = await this.search.countByColumn(filters, now);
    return { key, total: totals.get(key) ?? 0, offset, items: await this.search.page(key, filters, offset, limit, now) };
  }
}
