import { DICTIONARY_KIND_LABELS, type DictionaryKind } from '@rectify/shared';
import { Select } from 'antd';
import { useMemo } from 'react';
import { offeredOptions, useDictionaries } from '../hooks/use-dictionaries';

interface Props {
  kind: DictionaryKind;
  /** The value the item already has: still listed (marked 已停用) after its entry is retired. */
  stored?: string | null;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
}

/** A select of one dictionary's active entries, in the admin's order (系统管理 → 字典管理). */
export function DictionarySelect({ kind, stored, value, onChange, id, placeholder, disabled }: Props) {
  const { data, isLoading, isError } = useDictionaries();
  const entries = data?.[kind];
  const options = useMemo(() => offeredOptions(entries, [stored, value]), [entries, stored, value]);
  const label = DICTIONARY_KIND_LABELS[kind];
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      options={options}
      optionRender={(option) => (option.data.retired ? <span className="dictionary-option-retired">{option.label}</span> : option.label)}
      loading={isLoading}
      placeholder={placeholder ?? `请选择${label}`}
      disabled={disabled}
      // Offices add their own sources over the years; typing 群众 finds 群众来信 in a long list.
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={isLoading ? `正在加载${label}…` : isError ? `${label}加载失败，请刷新页面重试` : `没有匹配的${label}`}
      style={{ width: '100%' }}
    />
  );
}

interface MultiProps {
  /** Tags the item already has: still listed (marked 已停用) after their entries are retired. */
  stored?: readonly string[];
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  disabled?: boolean;
}

/** 原因分析维度: several of the dictionary's active entries. */
export function CauseTagSelect({ stored = [], value, onChange, id, disabled }: MultiProps) {
  const { data, isLoading } = useDictionaries();
  const entries = data?.cause_tag;
  const options = useMemo(() => offeredOptions(entries, [...stored, ...(value ?? [])]), [entries, stored, value]);
  return (
    <Select
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      options={options}
      optionRender={(option) => (option.data.retired ? <span className="dictionary-option-retired">{option.label}</span> : option.label)}
      loading={isLoading}
      placeholder="请选择原因分析维度"
      disabled={disabled}
      maxCount={8}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: '100%' }}
    />
  );
}
