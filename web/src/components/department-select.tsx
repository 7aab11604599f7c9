import { Select } from 'antd';
import { useDepartmentOptions } from '../hooks/use-departments';

interface Props {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  placeholder?: string;
  id?: string;
  allowClear?: boolean;
  disabled?: boolean;
}

export function DepartmentSelect({ value, onChange, multiple, placeholder = '请选择部门', id, allowClear = true, disabled }: Props) {
  const { options, loading } = useDepartmentOptions();
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? (multiple ? [] : undefined)}
      // A cleared single select reports undefined; the schemas want null for "not assigned".
      onChange={(next) => onChange?.(next ?? (multiple ? [] : null))}
      options={options}
      loading={loading}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={loading ? '正在加载部门…' : '没有匹配的部门'}
      style={{ width: '100%' }}
    />
  );
}
