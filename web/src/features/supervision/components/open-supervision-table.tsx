import { SUPERVISION_STATE_LABELS, type SupervisionView } from '@rectify/shared';
import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ResponsiveTable } from '../../../components/responsive-table';
import { itemLink } from '../../../lib/item-link';
import { formatDate, formatDateTime } from '../../../lib/dates';

/** The open 督办单 as a table, each linking to its item on the board (`linkText`: 去回复 for those who reply). */
export function OpenSupervisionTable({ supervisions, loading, linkText }: { supervisions: SupervisionView[]; loading: boolean; linkText: string }) {
  return (
    <ResponsiveTable<SupervisionView>
      rowKey="id"
      loading={loading}
      dataSource={supervisions}
      emptyText="没有待回复的督办单"
      columns={[
        { title: '编号', dataIndex: 'itemCode', width: 120, fixed: 'left', render: (code: string, s) => <Link to={itemLink(s.itemId)}>{code}</Link> },
        { title: '事项', dataIndex: 'itemTitle', width: 220 },
        { title: '督办要求', dataIndex: 'requirement', width: 280 },
        { title: '责任部门', dataIndex: 'departmentName', width: 150 },
        { title: '下发', width: 200, render: (_v, s) => `${s.issuedByName}，${formatDateTime(s.issuedAt)}` },
        { title: '回复期限', dataIndex: 'replyBy', width: 140, render: (d: string) => formatDate(d) },
        {
          title: '状态',
          dataIndex: 'state',
          width: 100,
          render: (state: SupervisionView['state']) => <Tag color={state === 'overdue' ? 'red' : 'blue'}>{SUPERVISION_STATE_LABELS[state]}</Tag>,
        },
        { title: '操作', width: 84, fixed: 'right', render: (_v, s) => <Link to={itemLink(s.itemId, 'supervision')}>{linkText}</Link> },
      ]}
    />
  );
}
