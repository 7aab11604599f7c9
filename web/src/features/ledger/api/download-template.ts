/** GET /api/ledger/template — the blank 台账 with drop-down lists and a 填写说明 sheet. */
import { useMutation } from '@tanstack/react-query';
import { apiDownload, saveFile, type DownloadedFile } from '../../../lib/api-client';

export function downloadLedgerTemplate(): Promise<DownloadedFile> {
  return apiDownload('/ledger/template', { fallbackName: '整改台账导入模板.xlsx' });
}

export function useDownloadLedgerTemplate() {
  return useMutation({ mutationFn: downloadLedgerTemplate, onSuccess: (file) => saveFile(file) });
}
