import { Empty, Skeleton, Table, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { useIsPhone } from '../hooks/use-is-phone';

interface Props<Row> {
  rowKey: keyof Row & string;
  dataSource: Row[];
  /**
   * Every column with a width (the table scrolls sideways below their sum). The first column names
   * the row (编号); a column `fixed: 'right'` is what to do with it (去审核).
   */
  columns: Array<TableColumnType<Row>>;
  loading?: boolean;
  emptyText?: string;
}

/**
 * A table on a wide screen; on a phone one card per row, so a clerk reads the whole 问题 without
 * scrolling sideways: the row's name and its link on top, the other columns as label and value.
 */
export function ResponsiveTable<Row extends object>({ rowKey, dataSource, columns, loading = false, emptyText }: Props<Row>) {
  const phone = useIsPhone();
  if (!phone)
    return (
      <Table<Row>
        rowKey={rowKey}
        dataSource={dataSource}
        columns={columns}
        loading={loading}
        pagination={false}
        size="middle"
        locale={emptyText ? { emptyText } : undefined}
        scroll={{ x: columns.reduce((sum, column) => sum + (typeof column.width === 'number' ? column.width : 160), 0) }}
      />
    );
  if (loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (dataSource.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;

  const [name, ...others] = columns;
  const action = others.find((column) => column.fixed === 'right');
  const fields = others.filter((column) => column !== action);
  return (
    <ul className="row-cards">
      {dataSource.map((row, index) => (
        <li key={String(row[rowKey])} className="row-card">
          <div className="row-card-head">
            <span className="row-card-name">{cell(name, row, index)}</span>
            {action && <span className="row-card-action">{cell(action, row, index)}</span>}
          </div>
          <dl className="row-card-fields">
            {fields.map((column, at) => (
              <div key={at} className="row-card-field">
                <dt>{typeof column.title === 'function' ? null : column.title}</dt>
                <dd>{cell(column, row, index)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** What the table would show in this cell. */
function cell<Row>(column: TableColumnType<Row>, row: Row, index: number): ReactNode {
  const key = column.dataIndex;
  const value = typeof key === 'string' || typeof key === 'number' ? (row as Record<string | number, unknown>)[key] : undefined;
  const shown = column.render ? column.render(value, row, index) : value;
  if (shown && typeof shown === 'object' && 'children' in shown && !('$$typeof' in shown)) return (shown as { children: ReactNode }).children;
  return shown as ReactNode;
}
