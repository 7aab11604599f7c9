import { type LedgerImportResult, type LedgerMapping } from '@rectify/shared';
import { Alert, Input, Select, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { valueRows, withValue, type ValueRow } from '../lib/import-mapping';

interface Props {
  mapping: LedgerMapping;
  choices: NonNullable<LedgerImportResult['choices']>;
  mayCreate: boolean;
  onChange: (mapping: LedgerMapping) => void;
}

const ACTION_LABELS = { map: '对应到已有', create: '新建', keep: '保留原样' } as const;

/** 对应值: each 来源, 类别, 原因分析维度 or 部门 the board does not know → map / create / keep, with its row count. */
export function MappingValuesStep({ mapping, choices, mayCreate, onChange }: Props) {
  const rows = valueRows(mapping);
  const set = (row: ValueRow, change: Parameters<typeof withValue>[3]) => onChange(withValue(mapping, row.kind, row.value, change));
  const columns: TableColumnsType<ValueRow> = [
    { title: '类型', dataIndex: 'kindLabel', width: 100, render: (label: string) => <span className="import-value-kind">{label}</span> },
    { title: '文件中的值', dataIndex: 'value' },
    { title: '行数', dataIndex: 'rows', width: 60 },
    {
      title: '处理',
      dataIndex: 'action',
      width: 150,
      render: (action: ValueRow['action'], row) => (
        <Select
          className="import-select"
          aria-label={`「${row.value}」的处理`}
          value={action}
          onChange={(value: ValueRow['action']) => set(row, { action: value })}
          options={(['map', 'create', 'keep'] as const).map((a) => ({
            value: a,
            label: a === 'create' && !mayCreate ? <Tooltip title="只有领导和系统管理员可以新建部门和字典项">{ACTION_LABELS[a]}</Tooltip> : ACTION_LABELS[a],
            disabled: a === 'create' && !mayCreate,
          }))}
        />
      ),
    },
    {
      title: '对应到 / 说明',
      width: 300,
      render: (_: unknown, row) => {
        if (row.action === 'create')
          return (
            <Tag color="green">
              将新建{row.kindLabel}「{row.value}」
            </Tag>
          );
        if (row.action === 'keep') return <span className="import-samples">按原样导入（不在系统中的值会在预检中列为错误）</span>;
        return (
          <>
            <Select
              className="import-select"
              aria-label={`「${row.value}」对应到`}
              value={row.to}
              placeholder="选择系统中的名称"
              showSearch={{ optionFilterProp: 'label' }}
              options={choices[row.kind].map((name) => ({ value: name, label: name }))}
              onChange={(to: string) => set(row, { to })}
            />
            {row.kind === 'source' && (
              <Input
                size="small"
                aria-label={`「${row.value}」的来源批次`}
                prefix="来源批次"
                value={row.batch ?? ''}
                placeholder="如：市委第二巡察组反馈"
                onChange={(event) => set(row, { batch: event.target.value || undefined })}
                style={{ marginTop: 4 }}
              />
            )}
          </>
        );
      },
    },
  ];
  if (!rows.length)
    return <Alert type="success" showIcon className="import-alert" title="文件中的问题来源、问题类别、原因分析维度和部门都与系统一致，无需对应" />;
  return (
    <>
      <Alert
        type="info"
        showIcon
        className="import-alert"
        title="以下名称系统中没有：已给出建议，核对后点“下一步”"
        description={
          mayCreate
            ? '“对应到已有”用系统中的名称替换；“新建”在导入时一并建立（与导入一起生效，记入历史记录）。'
            : '“对应到已有”用系统中的名称替换；新建部门和字典项须由领导或系统管理员操作。'
        }
      />
      <Table<ValueRow> data-testid="import-values" size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} scroll={{ y: 400 }} />
    </>
  );
}
