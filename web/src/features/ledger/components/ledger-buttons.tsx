import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { canDo, type BoardFilters } from '@rectify/shared';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../auth';
import { errorMessage } from '../../../lib/api-client';
import { useExportLedger } from '../api/export-ledger';
import { ImportLedgerModal } from './import-ledger-modal';

/** 导出台账 (the board's current filters) and 导入台账, each shown only to roles that may use it. */
export function LedgerButtons({ filters, filtered }: { filters: BoardFilters; filtered: boolean }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const exporting = useExportLedger();
  const [importing, setImporting] = useState(false);
  const mayExport = canDo(user, 'ledger.export').allowed;
  const mayImport = canDo(user, 'ledger.import').allowed;

  function exportNow() {
    exporting.mutate(filters, {
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
        <Tooltip title={filtered ? '按当前筛选条件导出 .xlsx 台账' : '导出全部事项的 .xlsx 台账'}>
          <Button icon={<DownloadOutlined aria-hidden="true" />} loading={exporting.isPending} onClick={exportNow}>
            {filtered ? '导出台账（按筛选）' : '导出台账'}
          </Button>
        </Tooltip>
      )}
      {mayImport && <ImportLedgerModal open={importing} onClose={() => setImporting(false)} />}
    </>
  );
}
