import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { canDo, computeWarning, dueDateRangeOf, officeToday, pastOverdueView, type Actor, type OverdueQuery, type OverdueRow, type OverdueView, type PastOverdueView } from '@rectify/shared';
import { Repository } from 'typeorm';
import { ForbiddenError } from '../common/domain-errors.js';
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
    private readonly search: ItemSearch,
    private readonly histories: OverdueHistories,
  ) {}

  async view(query: OverdueQuery, actor: Actor, now = new Date()): Promise<OverdueView> {
    const decision = canDo(actor, 'overdue.read');
    if (!decision.allowed) throw new ForbiddenError(decision.reason ?? '没有权限执行此操作');
    const today = officeToday(now);
    const settings = this.settings.warning();
    // Every open item due by the end of the yellow window; the shared rule then says red or yellow.
    const { to } = dueDateRangeOf('yellow', now, settings);
    const search = this.items
      .createQueryBuilder('item')
      .where('item.status <> :closed', { closed: 'closed' })
      .andWhere('item.dueDate IS NOT NULL AND item.dueDate <= :to', { to });
    if (query.department) search.andWhere('item.departmentId = :department', { department: query.department });
    const names = await this.departments.namesById();
    const all: OverdueRow[] = [];
    for (const item of await search.getMany()) {
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
  async past(query: Pick<OverdueQuery, 'department'>, actor: Actor, now = new Date()): Promise<PastOverdueView> {
    const decision = canDo(actor, 'overdue.read');
    if (!decision.allowed) throw new ForbiddenError(decision.reason ?? '没有权限执行此操作');
    const today = officeToday(now);
    const items = await this.search.find(query.department ? { department: query.department } : {}, searchScopeOf(actor, 'overdue.read'), now);
    return pastOverdueView(items, await this.histories.of(items, today), today);
  }

  async export(query: OverdueQuery, actor: Actor, now = new Date()): Promise<{ fileName: string; data: Buffer }> {
    const view = await this.view(query, actor, now);
    return { fileName: `逾期督查清单_${view.today}.xlsx`, data: await writeOverdueWorkbook(view, now) };
  }
}

const byCode = (a: OverdueRow, b: OverdueRow) => a.code.localeCompare(b.code);
const SORTS: Record<OverdueQuery['sort'], (a: OverdueRow, b: OverdueRow) => number> = {
  // Most overdue first; among not-yet-due, the nearest first (daysLeft ascending covers both).
  daysOverdue: (a, b) => a.daysLeft - b.daysLeft || byCode(a, b),
  department: (a, b) => (a.departmentName ?? '\uffff').localeCompare(b.departmentName ?? '\uffff', 'zh-CN') || a.daysLeft - b.daysLeft || byCode(a, b),
  deadline: (a, b) => a.deadline.localeCompare(b.deadline) || byCode(a, b),
};
