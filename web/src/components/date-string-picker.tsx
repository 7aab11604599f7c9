import { DatePicker } from 'antd';
import { fromDateValue, toDateValue } from '../lib/dates';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
}

/** A DatePicker whose form value is the 'YYYY-MM-DD' string the API and the schemas expect. */
export function DateStringPicker({ value, onChange, placeholder = '请选择日期', id, ...rest }: Props) {
  return (
    <DatePicker
      id={id}
      aria-label={rest['aria-label']}
      value={fromDateValue(value)}
      onChange={(date) => onChange?.(toDateValue(date))}
      format="YYYY-MM-DD"
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
