import { ClearOutlined, FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { WARNING_LEVEL_LABELS, WARNING_LEVELS, type BoardFilters, type WarningLevel } from '@rectify/shared';
import { Button, Input, Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDepartmentOptions } from '../../../hooks/use-departments';
import { filterOptions, useDictionaries } from '../../../hooks/use-dictionaries';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { useSettings } from '../../../hooks/use-settings';
import { hasFilters } from '../lib/filters';

interface Props {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>, options?: { replace?: boolean }) => void;
  onClear: () => void;
  /** Cards matching the filters, over all columns. */
  total: number | null;
}

/** 预警 options; 黄灯 says how near "near" is once the office's setting is known (系统设置). */
function warningOptions(yellowWithinDays: number | undefined) {
  return WARNING_LEVELS.map((level) => ({
    value: level,
    label: level === 'yellow' && yellowWithinDays !== undefined ? `黄灯（${yellowWithinDays}天内到期）` : WARNING_LEVEL_LABELS[level],
  }));
}

const SEARCH_DELAY_MS = 400;
const SELECT_KEYS = ['source', 'category', 'department', 'warning'] as const;

/** A retired dictionary entry reads 已停用 and is greyed, as in the item forms. */
const retiredGrey = (option: { label?: React.ReactNode; data: { retired?: boolean } }) =>
  option.data.retired ? <span className="dictionary-option-retired">{option.label}</span> : option.label;

export function FilterBar({ filters, onChange, onClear, total }: Props) {
  const { options: departmentOptions, loading: departmentsLoading } = useDepartmentOptions();
  const dictionaries = useDictionaries();
  const settings = useSettings();
  // Every entry, retired ones too: old items still carry them and must stay findable.
  const sourceOptions = useMemo(() => filterOptions(dictionaries.data?.source, filters.source), [dictionaries.data, filters.source]);
  const categoryOptions = useMemo(() => filterOptions(dictionaries.data?.category, filters.category), [dictionaries.data, filters.category]);
  const warningChoices = useMemo(() => warningOptions(settings.data?.warningYellowWithinDays), [settings.data]);
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

  // On a phone the four pickers and 清除筛选 fold away behind 筛选 (saying how many are set); the search stays.
  const phone = useIsPhone();
  const [unfolded, setUnfolded] = useState(false);
  const picked = SELECT_KEYS.filter((key) => filters[key] !== undefined).length;

  return (
    <div className={phone ? `filter-bar is-phone${unfolded ? ' is-unfolded' : ''}` : 'filter-bar'} role="search" aria-label="筛选事项">
      {phone && (
        <Button
          className="filter-toggle"
          icon={<FilterOutlined aria-hidden="true" />}
          type={picked ? 'primary' : 'default'}
          ghost={picked > 0}
          aria-expanded={unfolded}
          onClick={() => setUnfolded((open) => !open)}
        >
          {picked ? `筛选（${picked}）` : '筛选'}
        </Button>
      )}
      <Select
        aria-label="问题来源"
        className="filter-select"
        placeholder="问题来源"
        allowClear
        value={filters.source}
        onChange={select('source')}
        options={sourceOptions}
        optionRender={retiredGrey}
        loading={dictionaries.isLoading}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label="问题类别"
        className="filter-select"
        placeholder="问题类别"
        allowClear
        value={filters.category}
        onChange={select('category')}
        options={categoryOptions}
        optionRender={retiredGrey}
        loading={dictionaries.isLoading}
        popupMatchSelectWidth={false}
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
        options={warningChoices}
        popupMatchSelectWidth={false}
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
      <Button className="filter-clear" icon={<ClearOutlined aria-hidden="true" />} onClick={onClear} disabled={!hasFilters(filters)}>
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
