import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  canDo,
  computeWarning,
  dueDateRangeOf,
  officeToday,
  pastOverdueView,
  type Actor,
  type AsOfStamp,
  type OverdueQuery,
  type OverdueRow,
  type OverdueView,
  type PastOverdueView,
  type RectifyItem,
} from '@rectify/shared';
import { Repository } from 'typeorm';
import { ForbiddenError } from '../common/domain-errors.js';
import { AsOfService } from '../as-of/as-of.service.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { ItemEntity } from '../items/item.entity.js';
import { ItemSearch, searchScopeOf } from '../items/item-search.js';
import { OverdueHistories } from './overdue-histories.js';
import { SettingsService } from '../settings/settings.service.js';
import { writeOverdueWorkbook } from './overdue-workbook.js';

/** 逾期督查: every open red and yellow item, with what an inspector asks about it. */
@Injectable()
export class OverdueService {
  constructor(
    @InjectRepository(ItemEntity) private readonly items: Repository<ItemEntity>,
    private readonly departments: DepartmentsService,
    private readonly settings: SettingsService,
    private readonly asOf: AsOfService,
    private readonly search: ItemSearch,
    private readonly histories: OverdueHistories,
  ) {}

  async view(query: OverdueQuery, actor: Actor, now = new Date()): Promise<OverdueView | (OverdueView & AsOfStamp)> {
    const decision = canDo(actor, 'overdue.read');
    if (!decision.allowed) throw new ForbiddenError(decision.reason ?? '没有权限执行此操作');
    if (query.asOf) {
      // A past day: the items as they stood then, rebuilt from the history, lit against that day.
      const { items, checkpoint } = await this.asOf.items(query.asOf, {}, actor, 'overdue.read');
      const open = items.filter((item) => item.status !== 'closed' && (!query.department || item.departmentId === query.department));
      return { ...(await this.rowsOf(open, query, query.asOf)), asOf: query.asOf, checkpoint };
    }
    const today = officeToday(now);
    const settings = this.settings.warning();
    // Every open item due by the end of the yellow window; the shared rule then says red or yellow.
    const { to } = dueDateRangeOf('yellow', now, settings);
    const search = this.items
      .createQueryBuilder('item')
      .where('item.status <> :closed', { closed: 'closed' })
      .andWhere('item.dueDate IS NOT NULL AND item.dueDate <= :to', { to });
    if (query.department) search.andWhere('item.departmentId = :department', { department: query.department });
    return this.rowsOf(await search.getMany(), query, today);
  }

  /** The red and yellow rows among these open items on `today`, filtered and sorted as asked. */
  private async rowsOf(items: RectifyItem[], query: OverdueQuery, today: string): Promise<OverdueView> {
    const settings = this.settings.warning();
    const names = await this.departments.namesById();
    const all: OverdueRow[] = [];
    for (const item of items) {
      const warning = computeWarning(item, today, settings);
      if ((warning.level !== 'red' && warning.level !== 'yellow') || warning.daysLeft === null || !warning.dueDate) continue;
      all.push({
        id: item.id,
        code: item.code,
        title: item.title,
        status: item.status,
        level: warning.level,
        daysLeft: warning.daysLeft,
        daysOverdue: Math.max(0, -warning.daysLeft),
        label: warning.label,
        departmentId: item.departmentId,
        departmentName: item.departmentId ? (names.get(item.departmentId) ?? null) : null,
        leader: item.leader,
        owner: item.owner,
        deadline: warning.dueDate,
        originalDeadline: item.originalDeadline,
        deadlineChanges: item.deadlineChanges,
        supervisionCount: item.supervisionCount,
        openSupervisionCount: item.openSupervisionCount,
        lastProgressDate: item.lastProgressDate,
      });
    }
    const rows = all
      .filter((row) => !query.level || row.level === query.level)
      .filter((row) => query.minDaysOverdue === undefined || (row.level === 'red' && row.daysOverdue >= query.minDaysOverdue))
      .sort(SORTS[query.sort]);
    return { today, red: rows.filter((r) => r.level === 'red').length, yellow: rows.filter((r) => r.level === 'yellow').length, rows };
  }

  /**
   * 曾逾期: items late now or before (逾期后延期, 逾期销号), and 按期完成率, over the items the
   * department filter leaves (every column, closed ones included).
   */
  async past(query: Pick<OverdueQuery, 'department' | 'asOf'>, actor: Actor, now = new Date()): Promise<PastOverdueView> {
    const decision = canDo(actor, 'overdue.read');
    if (!decision.allowed) throw new ForbiddenError(decision.reason ?? '没有权限执行此操作');
    const filters = query.department ? { department: query.department } : {};
    // As of a past day: the items rebuilt from the history, and only the history up to that day.
    const today = query.asOf ?? officeToday(now);
    const items = query.asOf
      ? (await this.asOf.views(query.asOf, filters, actor, 'overdue.read')).items
      : await this.search.find(filters, searchScopeOf(actor, 'overdue.read'), now);
    return pastOverdueView(items, await this.histories.of(items, today), today);
  }

  async export(query: OverdueQuery, actor: Actor, now = new Date()): Promise<{ fileName: string; data: Buffer }> {
    const view = await this.view(query, actor, now);
    // As of a past day, the file says so in its name.
    return { fileName: `逾期督查清单_${view.today}${query.asOf ? '（历史状态）' : ''}.xlsx`, data: await writeOverdueWorkbook(view, now) };
  }
}

const byCode = (a: OverdueRow, b: OverdueRow) => a.code.localeCompare(b.code);
const SORTS: Record<OverdueQuery['sort'], (a: OverdueRow, b: OverdueRow) => number> = {
  // Most overdue first; among not-yet-due, the nearest first (daysLeft ascending covers both).
  daysOverdue: (a, b) => a.daysLeft - b.daysLeft || byCode(a, b),
  department: (a, b) => (a.departmentName ?? '\uffff').localeCompare(b.departmentName ?? '\uffff', 'zh-CN') || a.daysLeft - b.daysLeft || byCode(a, b),
  deadline: (a, b) => a.deadline.localeCompare(b.deadline) || byCode(a, b),
};
