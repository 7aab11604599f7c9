/** Dates as these offices write them: 2026年11月22日. Values travel as 'YYYY-MM-DD' strings. */
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

export const DATE_VALUE_FORMAT = 'YYYY-MM-DD';

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY年M月D日') : value;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY年M月D日 HH:mm') : value;
}

export function toDateValue(date: Dayjs | null | undefined): string | null {
  return date ? date.format(DATE_VALUE_FORMAT) : null;
}

export function fromDateValue(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const date = dayjs(value, DATE_VALUE_FORMAT);
  return date.isValid() ? date : null;
}

export { dayjs };
