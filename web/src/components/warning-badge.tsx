import type { Warning } from '@rectify/shared';
import { Tag } from 'antd';
import { formatDate } from '../lib/dates';

const COLORS: Record<Warning['level'], string | undefined> = {
  red: 'red',
  yellow: 'gold',
  green: 'green',
  none: undefined,
};

/** 红黄绿灯: the label (剩N天 / 逾期N天 / 今日到期 / 已销号 / 未定时限) comes from the API. */
export function WarningBadge({ warning }: { warning: Pick<Warning, 'level' | 'label' | 'dueDate'> }) {
  const title = warning.dueDate ? `到期日：${formatDate(warning.dueDate)}` : undefined;
  return (
    <Tag
      color={COLORS[warning.level]}
      variant={warning.level === 'none' ? 'filled' : 'outlined'}
      className={`warning-badge warning-${warning.level}`}
      data-warning={warning.level}
      title={title}
    >
      {warning.level !== 'none' && <span className="warning-dot" aria-hidden="true" />}
      {warning.label}
    </Tag>
  );
}
