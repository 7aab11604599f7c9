/** GET /api/ledger/export — the 台账 .xlsx of the items matching the board's filters. */
import type { BoardFilters } from '@rectify/shared';
import { useMutation } from '@tanstack/react-query';
import { apiDownload, saveFile, type DownloadedFile } from '../../../lib/api-client';

export function exportLedger(filters: BoardFilters): Promise<DownloadedFile> {
  return apiDownload('/ledger/export', { query: { ...filters }, fallbackName: '整改台账.xlsx' });
}

export function useExportLedger() {
  return useMutation({ mutationFn: exportLedger, onSuccess: (file) => saveFile(file) });
}
