import {
  COLUMN_TITLES,
  FIELD_LABELS,
  isColumnKey,
  ITEM_EVENT_LABELS,
  PROBLEM_SCOPE_LABELS,
  SIGNOFF_LABELS,
  SIGNOFF_STAGE_LABELS,
  type SignoffStage,
  type SignoffState,
  RECTIFY_TYPE_LABELS,
  type Department,
  type ItemEventView,
} from '@rectify/shared';
import { Alert, Empty, Skeleton, Timeline } from 'antd';
import { useDepartmentOptions } from '../../../hooks/use-departments';
import { errorMessage } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useItemHistory } from '../api/get-item-history';
import { recordedText } from '../../../lib/recorded-text';

const EMPTY = '（空）';
/** Field labels, plus the words the lifecycle events record. */
const LABELS: Record<string, string> = {
  ...FIELD_LABELS,
  opinion: '意见',
  reason: '理由',
  reviewRequirement: '补充整改要求',
  round: '整改轮次',
  requested: '申请延至',
  deadlineChanges: '延期次数',
  stagesPassed: '已通过阶段验收',
  signoffStage: '审核环节',
  signoff: '销号状态',
  closedAt: '销号时间',
};

/** One recorded value as a clerk reads it: names instead of ids, 2026年12月31日 instead of 2026-12-31. */
function show(field: string, value: unknown, departments: Map<string, Department>): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY;
  if (field === 'rectifyType') return RECTIFY_TYPE_LABELS[value as keyof typeof RECTIFY_TYPE_LABELS] ?? recordedText(value);
  if (field === 'scope') return PROBLEM_SCOPE_LABELS[value as keyof typeof PROBLEM_SCOPE_LABELS] ?? recordedText(value);
  if (field === 'status' && isColumnKey(value)) return COLUMN_TITLES[value];
  if (field === 'signoffStage') return SIGNOFF_STAGE_LABELS[value as SignoffStage] ?? recordedText(value);
  if (field === 'signoff') return SIGNOFF_LABELS[value as SignoffState] ?? recordedText(value);
  if (field === 'closedAt' && typeof value === 'string') return formatDateTime(value);
  if (field === 'round') return `第${recordedText(value)}轮`;
  if (field === 'evidenceCount') return `${recordedText(value)}份`;
  if (field === 'deadlineChanges' || field === 'stagesPassed') return `${recordedText(value)}次`;
  // 责任领导/责任人 accounts: the name beside it says who; the id itself means nothing to a reader.
  if (field === 'leaderUserId' || field === 'ownerUserId') return '已关联账号';
  if (field === 'departmentId') return departments.get(recordedText(value))?.name ?? '（部门已删除）';
  if (field === 'coDepartmentIds' && Array.isArray(value)) return value.map((id) => departments.get(recordedText(id))?.name ?? '（部门已删除）').join('、');
  if (field === 'measures' && Array.isArray(value)) {
    const done = value.filter((m) => (m as { done?: boolean }).done).length;
    return `${value.length}条措施${done ? `（已完成${done}条）` : ''}`;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function describe(event: ItemEventView, departments: Map<string, Department>): React.ReactNode {
  // The stored record was altered in the database: say so where it stands (历史校验 names the first break).
  if (event.unreadable) return <span className="history-unreadable">此条记录无法读取：已被篡改（请到“历史校验”核查）</span>;
  if (event.kind === 'created') return '登记了问题';
  if (event.kind === 'evidence_added') return `上传了佐证材料「${recordedText(event.after?.fileName)}」`;
  if (event.kind === 'progress_added')
    return `填报了整改进展（${formatDate(recordedText(event.after?.date))}）：${show('text', event.after?.text, departments)}`;
  if (event.kind === 'moved') {
    const from = show('status', event.before?.status, departments);
    const to = show('status', event.after?.status, departments);
    const reason = event.after?.reason;
    return `将卡片从「${from}」移至「${to}」${typeof reason === 'string' && reason ? `，理由：${reason}` : ''}`;
  }
  if (event.kind !== 'updated') {
    // Lifecycle steps (销号, 延期, 回头看, 佐证材料, 督办…): what was done, then what it recorded.
    const recorded = Object.entries(event.after ?? {}).filter(([, value]) => value !== null && value !== undefined && value !== '');
    return (
      <>
        <span className="history-step">{ITEM_EVENT_LABELS[event.kind] ?? event.kind}</span>
        {recorded.length > 0 && (
          <ul className="history-changes">
            {recorded.map(([field, value]) => (
              <li key={field}>
                <span className="history-field">{LABELS[field] ?? field}</span>：{show(field, value, departments)}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const fields = Object.keys(event.after ?? {});
  return (
    <>
      修改了{fields.map((f) => LABELS[f] ?? f).join('、')}
      <ul className="history-changes">
        {fields.map((field) => (
          <li key={field}>
            <span className="history-field">{LABELS[field] ?? field}</span>：{show(field, event.before?.[field], departments)} →{' '}
            {show(field, event.after?.[field], departments)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** 历史记录: the item's timeline, newest first. */
export function ItemHistory({ itemId }: { itemId: string }) {
  const { data, isPending, isError, error } = useItemHistory(itemId, true);
  const { byId } = useDepartmentOptions();

  if (isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (isError) return <Alert type="error" showIcon title="历史记录加载失败" description={errorMessage(error)} />;
  if (data.length === 0) return <Empty description="暂无历史记录" />;

  const events = [...data].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline
      className="item-history"
      items={events.map((event) => ({
        key: event.seq,
        color: event.unreadable ? 'red' : event.kind === 'moved' ? 'blue' : event.kind === 'created' ? 'green' : 'gray',
        content: (
          <div className="history-entry">
            <div className="history-meta">
              {formatDateTime(event.at)} · {event.actor}
            </div>
            <div>{describe(event, byId)}</div>
          </div>
        ),
      }))}
    />
  );
}
