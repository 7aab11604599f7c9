import type { LedgerMapping } from '@rectify/shared';
import { Alert, Select, Table, Tag, type TableColumnsType } from 'antd';
import { columnRows, fieldOptions, withColumnField, type ColumnRow } from '../lib/import-mapping';

interface Props {
  mapping: LedgerMapping;
  samples?: Record<string, string[]>;
  remembered: boolean;
  onChange: (mapping: LedgerMapping) => void;
}

const OPTIONS = fieldOptions();

/** 对应列: each column of the file → a board field or 不导入, suggestions preselected, sample values shown. */
export function MappingColumnsStep({ mapping, samples, remembered, onChange }: Props) {
  const rows = columnRows(mapping, samples);
  const columns: TableColumnsType<ColumnRow> = [
    { title: '列', dataIndex: 'column', width: 50 },
    { title: '文件中的列名', dataIndex: 'header', width: 150 },
    {
      title: '示例',
      dataIndex: 'samples',
      render: (values: string[]) => (
        <div className="import-samples">{values.length ? values.map((v, i) => <span key={i}>{v}</span>) : <span>（空）</span>}</div>
      ),
    },
    {
      title: '导入为',
      dataIndex: 'field',
      width: 250,
      render: (field: string, row) => (
        <Select
          className="import-select"
          aria-label={`「${row.header}」导入为`}
          value={field}
          options={OPTIONS}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(value: string) => onChange(withColumnField(mapping, row.column, value))}
          suffixIcon={row.suggested ? <Tag color="blue">建议</Tag> : undefined}
        />
      ),
    },
  ];
  return (
    <>
      <Alert
        type="info"
        showIcon
        className="import-alert"
        title={remembered ? '已按上次确认的对应关系填好，核对后点“下一步”' : '已按列名给出建议，核对后点“下一步”'}
        description="每一列选择导入到看板的哪一项，或选“不导入”；一项只能对应一列。"
      />
      <Table<ColumnRow> data-testid="import-columns" size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} scroll={{ y: 420 }} />
    </>
  );
}
