import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { canDo, type BoardFilters } from '@rectify/shared';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../auth';
import { errorMessage } from '../../../lib/api-client';
import { useExportLedger } from '../api/export-ledger';
import { ImportLedgerModal } from './import-ledger-modal';

/**
 * 导出台账 (the board's current filters) and 导入台账, each shown only to roles that may use it. On a
 * board read as of a past day (`asOf`) only the export is offered: the 台账 as it stood that day.
 */
export function LedgerButtons({ filters, filtered, asOf }: { filters: BoardFilters; filtered: boolean; asOf?: string }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const exporting = useExportLedger();
  const [importing, setImporting] = useState(false);
  const mayExport = canDo(user, 'ledger.export').allowed;
  const mayImport = canDo(user, 'ledger.import').allowed && !asOf;

  function exportNow() {
    exporting.mutate(asOf ? { ...filters, asOf } : filters, {
      onSuccess: (file) => message.success(`已导出 ${file.fileName}`),
      onError: (error) => message.error(errorMessage(error)),
    });
  }

  return (
    <>
      {mayImport && (
        <Button icon={<UploadOutlined aria-hidden="true" />} onClick={() => setImporting(true)}>
          导入台账
        </Button>
      )}
      {mayExport && (
        <Tooltip title={exportHint(filtered, asOf)}>
          <Button icon={<DownloadOutlined aria-hidden="true" />} loading={exporting.isPending} onClick={exportNow}>
            {`${asOf ? '导出该日台账' : '导出台账'}${filtered ? '（按筛选）' : ''}`}
          </Button>
        </Tooltip>
      )}
      {mayImport && <ImportLedgerModal open={importing} onClose={() => setImporting(false)} />}
    </>
  );
}

function exportHint(filtered: boolean, asOf: string | undefined): string {
  const what = filtered ? '按当前筛选条件导出 .xlsx 台账' : '导出全部事项的 .xlsx 台账';
  return asOf ? `${what}（该日日终的状态，据历史记录重建）` : what;
}
