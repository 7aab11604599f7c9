import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { DEFAULT_CATEGORIES, DEFAULT_SOURCES, WARNING_LEVEL_LABELS, WARNING_LEVELS, type BoardFilters, type WarningLevel } from '@rectify/shared';
import { Button, Input, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useDepartmentOptions } from '../../../hooks/use-departments';
import { hasFilters } from '../lib/filters';

interface Props {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>, options?: { replace?: boolean }) => void;
  onClear: () => void;
  /** Cards matching the filters, over all columns. */
  total: number | null;
}

const SOURCE_OPTIONS = DEFAULT_SOURCES.map((s) => ({ value: s.name, label: s.name }));
const CATEGORY_OPTIONS = DEFAULT_CATEGORIES.map((c) => ({ value: c, label: c }));
const WARNING_OPTIONS = WARNING_LEVELS.map((level) => ({ value: level, label: WARNING_LEVEL_LABELS[level] }));

const SEARCH_DELAY_MS = 400;

export function FilterBar({ filters, onChange, onClear, total }: Props) {
  const { options: departmentOptions, loading: departmentsLoading } = useDepartmentOptions();
  const [text, setText] = useState(filters.q ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The URL can change without typing (清除筛选, Back button): follow it.
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commitSearch = (value: string) => {
    clearTimeout(timer.current);
    onChange({ q: value.trim() || undefined }, { replace: true });
  };

  const select = (key: 'source' | 'category' | 'department' | 'warning') => (value: string | undefined) => onChange({ [key]: value ?? undefined });

  return (
    <div className="filter-bar" role="search" aria-label="筛选事项">
      <Select
        aria-label="问题来源"
        className="filter-select"
        placeholder="问题来源"
        allowClear
        value={filters.source}
        onChange={select('source')}
        options={SOURCE_OPTIONS}
      />
      <Select
        aria-label="问题类别"
        className="filter-select"
        placeholder="问题类别"
        allowClear
        value={filters.category}
        onChange={select('category')}
        options={CATEGORY_OPTIONS}
      />
      <Select
        aria-label="责任部门"
        className="filter-select filter-select-wide"
        placeholder="责任部门"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={departmentsLoading}
        value={filters.department}
        onChange={select('department')}
        options={departmentOptions}
        notFoundContent={departmentsLoading ? '正在加载部门…' : '没有匹配的部门'}
      />
      <Select<WarningLevel>
        aria-label="预警"
        className="filter-select"
        placeholder="预警"
        allowClear
        value={filters.warning}
        onChange={select('warning')}
        options={WARNING_OPTIONS}
      />
      <Input
        aria-label="关键字"
        className="filter-search"
        placeholder="关键字：编号、标题或问题描述"
        prefix={<SearchOutlined aria-hidden="true" />}
        allowClear
        value={text}
        maxLength={60}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          clearTimeout(timer.current);
          // Cleared with the × button: show the whole board at once.
          if (!value) commitSearch('');
          else timer.current = setTimeout(() => commitSearch(value), SEARCH_DELAY_MS);
        }}
        onPressEnter={() => commitSearch(text)}
      />
      <Button icon={<ClearOutlined />} onClick={onClear} disabled={!hasFilters(filters)}>
        清除筛选
      </Button>
      {total !== null && (
        <span className="filter-total" aria-live="polite">
          {hasFilters(filters) ? `符合条件 ${total} 项` : `共 ${total} 项`}
        </span>
      )}
    </div>
  );
}
