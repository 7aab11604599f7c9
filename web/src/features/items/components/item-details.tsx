import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { COLUMN_TITLES, FIELD_LABELS, PROBLEM_SCOPE_LABELS, RECTIFY_TYPE_LABELS, type ItemView } from '@rectify/shared';
import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { WarningBadge } from '../../../components/warning-badge';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { timeFieldsFor } from '../lib/item-form';

const L = FIELD_LABELS;

function orEmpty(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === '' ? <span className="field-empty">未填写</span> : value;
}

const longText = (value: string | null) => orEmpty(value ? <div className="field-longtext">{value}</div> : null);

function MeasureList({ item }: { item: ItemView }) {
  if (item.measures.length === 0) return <span className="field-empty">尚未制定</span>;
  return (
    <ol className="measure-list">
      {item.measures.map((measure, index) => (
        <li key={index} className={measure.done ? 'is-done' : undefined}>
          <div className="measure-list-content">{measure.content}</div>
          <div className="measure-list-meta">
            <span className={measure.done ? 'measure-done' : 'measure-todo'}>
              {measure.done ? <CheckCircleFilled aria-hidden="true" /> : <ClockCircleOutlined aria-hidden="true" />}
              {measure.done ? '已完成' : '未完成'}
            </span>
            {measure.department && <span>责任部门：{measure.department}</span>}
            {measure.owner && <span>责任人：{measure.owner}</span>}
            {measure.deadline && <span>时限：{formatDate(measure.deadline)}</span>}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Every field of the item, read-only, with the ledger's Chinese labels. */
export function ItemDetails({ item }: { item: ItemView }) {
  const timeFields = timeFieldsFor(item.rectifyType);
  const rows: DescriptionsProps['items'] = [
    { key: 'code', label: L.code, children: <span className="card-code">{item.code}</span> },
    { key: 'status', label: '状态', children: <Tag color="blue">{COLUMN_TITLES[item.status]}</Tag> },
    {
      key: 'warning',
      label: '预警',
      children: (
        <span className="detail-warning">
          <WarningBadge warning={item.warning} />
          {item.warning.dueDate && <span className="field-hint">到期日 {formatDate(item.warning.dueDate)}</span>}
        </span>
      ),
    },
    { key: 'title', label: L.title, children: <strong>{item.title}</strong> },
    { key: 'description', label: L.description, children: longText(item.description) },
    { key: 'source', label: L.source, children: orEmpty(item.source) },
    { key: 'batch', label: L.batch, children: orEmpty(item.batch) },
    {
      key: 'scope',
      label: L.scope,
      children: item.scope === 'individual' ? `${PROBLEM_SCOPE_LABELS.individual}（当事人：${item.person ?? '未填写'}）` : PROBLEM_SCOPE_LABELS.team,
    },
    { key: 'category', label: L.category, children: orEmpty(item.category) },
    { key: 'causeAnalysis', label: L.causeAnalysis, children: longText(item.causeAnalysis) },
    {
      key: 'causeTags',
      label: L.causeTags,
      children: orEmpty(item.causeTags.length ? item.causeTags.map((tag) => <Tag key={tag}>{tag}</Tag>) : null),
    },
    { key: 'rectifyType', label: L.rectifyType, children: orEmpty(item.rectifyType ? RECTIFY_TYPE_LABELS[item.rectifyType] : null) },
    { key: 'measures', label: L.measures, children: <MeasureList item={item} /> },
    { key: 'leader', label: L.leader, children: orEmpty(item.leader) },
    { key: 'departmentId', label: L.departmentId, children: orEmpty(item.departmentName) },
    { key: 'coDepartmentIds', label: L.coDepartmentIds, children: orEmpty(item.coDepartmentNames.join('、')) },
    { key: 'owner', label: L.owner, children: orEmpty(item.owner) },
    ...timeFields.map((field) => ({
      key: field,
      label: L[field],
      children: field === 'stageGoal' ? longText(item.stageGoal) : orEmpty(formatDate(item[field] as string | null)),
    })),
    { key: 'completion', label: L.completion, children: longText(item.completion) },
    { key: 'remarks', label: L.remarks, children: longText(item.remarks) },
    { key: 'createdAt', label: '创建时间', children: formatDateTime(item.createdAt) },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(item.updatedAt) },
  ];
  return <Descriptions className="item-details" bordered size="small" column={1} items={rows} styles={{ label: { width: 112 } }} />;
}
