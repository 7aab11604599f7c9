import { HistoryOutlined, SwapOutlined } from '@ant-design/icons';
import { officeToday, type HistoryCheckpoint } from '@rectify/shared';
import { Alert, Button, DatePicker, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { formatDate, fromDateValue, toDateValue } from '../../lib/dates';
import { useAsOf } from './use-as-of';

const isFuture = (date: Dayjs) => toDateValue(date)! > officeToday(new Date());

/** 查看某日状态: a compact date control for a page header (the board, overdue, the dashboard). */
export function AsOfPicker() {
  const { asOf, setAsOf } = useAsOf();
  return (
    <DatePicker
      className="as-of-picker"
      aria-label="查看某日状态"
      placeholder="查看某日状态"
      suffixIcon={<HistoryOutlined aria-hidden="true" />}
      value={fromDateValue(asOf)}
      disabledDate={isFuture}
      allowClear
      inputReadOnly
      onChange={(date) => {
        const day = toDateValue(date);
        setAsOf(day && day < officeToday(new Date()) ? day : null);
      }}
    />
  );
}

/** The banner over a page read as of a past day: which day, read-only, the way back, and the chain it came from. */
export function AsOfBanner({ what, checkpoint }: { what: string; checkpoint?: HistoryCheckpoint }) {
  const { asOf, setAsOf } = useAsOf();
  const navigate = useNavigate();
  if (!asOf) return null;
  const chain = checkpoint
    ? checkpoint.ok
      ? `据历史记录链前${checkpoint.checked}条记录重建（校验完整，末条哈希 ${checkpoint.lastHash.slice(0, 12)}…）`
      : `历史记录链校验发现异常（第${checkpoint.firstBroken?.seq ?? '?'}条），仅据其前${checkpoint.checked}条记录重建`
    : '据历史记录重建';
  return (
    <Alert
      type="warning"
      showIcon
      icon={<HistoryOutlined />}
      className="board-alert as-of-banner"
      data-testid="as-of-banner"
      role="status"
      title={<strong>{`正在查看${formatDate(asOf)}的${what}（只读）`}</strong>}
      description={
        <Space orientation="vertical" size={8}>
          <span>{`${chain}。只读：不能移动卡片或修改事项。`}</span>
          <Space wrap>
            <Button size="small" icon={<SwapOutlined aria-hidden="true" />} onClick={() => navigate(`/compare?from=${asOf}&to=${officeToday(new Date())}`)}>
              与今天对比
            </Button>
            <Button size="small" type="primary" onClick={() => setAsOf(null)}>
              回到今天
            </Button>
          </Space>
        </Space>
      }
    />
  );
}
