import { PROBLEM_SCOPE_LABELS, PROBLEM_SCOPES, DEFAULT_REPORT_TITLE, REPORT_COVERAGE_LABELS, REPORT_COVERAGES } from '@rectify/shared';
import { DatePicker, Input, Radio, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useDepartmentOptions } from '../../../hooks/use-departments';
import { filterOptions, useDictionaries } from '../../../hooks/use-dictionaries';
import { dayjs, fromDateValue, toDateValue } from '../../../lib/dates';
import type { ReportConditions } from '../lib/report-params';

interface Props {
  conditions: ReportConditions;
  onChange: (next: ReportConditions) => void;
}

const SCOPE_OPTIONS = [{ value: '', label: '全部' }, ...PROBLEM_SCOPES.map((value) => ({ value, label: PROBLEM_SCOPE_LABELS[value] }))];

const COVERAGE_OPTIONS = REPORT_COVERAGES.map((value) => ({ value, label: REPORT_COVERAGE_LABELS[value] }));

/** Full calendar years, as annual summaries count them. */
function yearPresets() {
  const year = dayjs().year();
  return [year, year - 1].map((y) => ({
    label: `${y}年度`,
    value: [dayjs(`${y}-01-01`), dayjs(`${y}-12-31`)] as [ReturnType<typeof dayjs>, ReturnType<typeof dayjs>],
  }));
}

/** 统计期间, 问题来源, 责任部门, 班子/个人, which items to write about and the title: the conditions of the draft. */
export function ReportConditionsBar({ conditions, onChange }: Props) {
  const dictionaries = useDictionaries();
  const { options: departmentOptions, loading: departmentsLoading } = useDepartmentOptions();
  const sourceOptions = useMemo(() => filterOptions(dictionaries.data?.source), [dictionaries.data]);
  const presets = useMemo(yearPresets, []);
  const [title, setTitle] = useState(conditions.title ?? '');
  useEffect(() => setTitle(conditions.title ?? ''), [conditions.title]);

  const set = (patch: Partial<ReportConditions>) => onChange({ ...conditions, ...patch });

  return (
    <section className="report-conditions" aria-label="材料范围">
      <div className="report-condition">
        <span className="report-condition-label">统计期间</span>
        <DatePicker.RangePicker
          aria-label="统计期间"
          value={[fromDateValue(conditions.from), fromDateValue(conditions.to)]}
          onChange={(range) => set({ from: toDateValue(range?.[0]) ?? undefined, to: toDateValue(range?.[1]) ?? undefined })}
          allowEmpty={[true, true]}
          presets={presets}
          placeholder={['开始日期', '结束日期']}
          format="YYYY-MM-DD"
        />
      </div>
      <div className="report-condition">
        <span className="report-condition-label">问题来源</span>
        <Select
          mode="multiple"
          aria-label="问题来源"
          className="report-condition-select"
          placeholder="全部来源"
          allowClear
          maxTagCount="responsive"
          value={conditions.sources ?? []}
          onChange={(sources: string[]) => set({ sources: sources.length ? sources : undefined })}
          options={sourceOptions}
          loading={dictionaries.isLoading}
        />
      </div>
      <div className="report-condition">
        <span className="report-condition-label">责任部门</span>
        <Select
          mode="multiple"
          aria-label="责任部门"
          className="report-condition-select report-condition-wide"
          placeholder="全部部门"
          allowClear
          maxTagCount="responsive"
          showSearch={{ optionFilterProp: 'label' }}
          value={conditions.departmentIds ?? []}
          onChange={(ids: string[]) => set({ departmentIds: ids.length ? ids : undefined })}
          options={departmentOptions}
          loading={departmentsLoading}
        />
      </div>
      <div className="report-condition" role="group" aria-label="问题范围">
        <span className="report-condition-label">问题范围</span>
        <Radio.Group
          optionType="button"
          options={SCOPE_OPTIONS}
          value={conditions.scope ?? ''}
          onChange={(event) => set({ scope: (event.target.value as ReportConditions['scope']) || undefined })}
        />
      </div>
      <div className="report-condition" role="group" aria-label="写入哪些问题">
        <span className="report-condition-label">写入问题</span>
        <Radio.Group
          optionType="button"
          options={COVERAGE_OPTIONS}
          value={conditions.coverage ?? 'closed'}
          onChange={(event) => set({ coverage: event.target.value === 'closed' ? undefined : (event.target.value as ReportConditions['coverage']) })}
        />
      </div>
      <div className="report-condition">
        <span className="report-condition-label">标题</span>
        <Input
          aria-label="标题"
          className="report-condition-title"
          placeholder={DEFAULT_REPORT_TITLE}
          maxLength={60}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          onBlur={() => title.trim() !== (conditions.title ?? '') && set({ title: title.trim() || undefined })}
          onPressEnter={() => set({ title: title.trim() || undefined })}
        />
      </div>
    </section>
  );
}
