import { Injectable } from '@nestjs/common';
import {
  composeProblemsAndCauses,
  renderProblemsAndCausesText,
  reportFiltersOf,
  selectReportItems,
  type Actor,
  type ProblemsAndCausesResponse,
  type ReportQuery,
} from '@rectify/shared';
import { DepartmentsService } from '../departments/departments.service.js';
import { DictionariesService } from '../dictionaries/dictionaries.service.js';
import { ItemSearch, searchScopeOf } from '../items/item-search.js';

/** "存在的问题及原因": the items the reader may see, composed by the shared composer. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly search: ItemSearch,
    private readonly departments: DepartmentsService,
    private readonly dictionaries: DictionariesService,
  ) {}

  async problemsAndCauses(query: ReportQuery, actor: Actor): Promise<ProblemsAndCausesResponse> {
    const scope = searchScopeOf(actor, 'report.read');
    const filters = reportFiltersOf(query);
    const [items, departments, dictionaries] = await Promise.all([this.search.find({}, scope, new Date()), this.departments.list(), this.dictionaries.all()]);
    // The unit speaks for itself; a department's own report speaks for the department.
    const roots = departments.filter((d) => d.parentId === null);
    const unitName = scope ? (departments.find((d) => d.id === scope.departmentId)?.name ?? null) : roots.length === 1 ? roots[0].name : null;
    const categoryOrder = [...dictionaries.category].sort((a, b) => a.sortOrder - b.sortOrder).map((c) => c.name);

    const document = composeProblemsAndCauses({ items, filters, unitName, categoryOrder });
    const { candidates: offered, selected } = selectReportItems(items, filters);
    const included = new Set(selected.map((i) => i.id));
    const candidates = [...offered].sort((a, b) => (b.closedAt ?? b.updatedAt).localeCompare(a.closedAt ?? a.updatedAt) || a.code.localeCompare(b.code));
    return {
      document,
      text: renderProblemsAndCausesText(document),
      items: candidates.map((i) => ({
        id: i.id,
        code: i.code,
        title: i.title,
        category: i.category,
        scope: i.scope,
        departmentName: i.departmentName,
        closedAt: i.closedAt,
        hasCauseAnalysis: !!i.causeAnalysis?.trim(),
        included: included.has(i.id),
      })),
    };
  }
}
