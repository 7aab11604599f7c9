import { officeToday } from '@rectify/shared';
import { DatePicker } from 'antd';
import { fromDateValue, toDateValue } from '../lib/dates';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
  /**
   * 'today' greys out days before today in the office's time zone, for dates being set now (a
   * deadline, a review date); the server refuses such a date all the same (checkNewDates).
   */
  notBefore?: 'today';
}

/** A DatePicker whose form value is the 'YYYY-MM-DD' string the API and the schemas expect. */
export function DateStringPicker({ value, onChange, placeholder = '请选择日期', id, notBefore, ...rest }: Props) {
  const today = notBefore ? officeToday(new Date()) : null;
  return (
    <DatePicker
      disabledDate={today ? (day) => (toDateValue(day) ?? today) < today : undefined}
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
