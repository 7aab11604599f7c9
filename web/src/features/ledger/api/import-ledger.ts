/**
 * POST /api/ledger/import — multipart `file`, `dryRun` and (from the mapping steps) `mapping`. A file
 * with errors is answered 422 with the same report as a clean dry run (errors by row and column), so
 * that answer is a result, not a failure.
 */
import type { LedgerImportResult, LedgerMapping } from '@rectify/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { isImportResult } from '../lib/import-preview';

export interface ImportLedgerInput {
  file: File;
  dryRun: boolean;
  mapping?: LedgerMapping;
}

export async function importLedger({ file, dryRun, mapping }: ImportLedgerInput): Promise<LedgerImportResult> {
  const form = new FormData();
  form.append('dryRun', String(dryRun));
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  try {
    return await apiRequest<LedgerImportResult>('/ledger/import', { method: 'POST', body: form });
  } catch (error) {
    if (isApiError(error) && error.status === 422 && isImportResult(error.body)) return error.body;
    throw error;
  }
}

export function useImportLedger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLedger,
    onSuccess: (result) => {
      if (result.dryRun || result.errorCount > 0) return;
      // Written: every view of the items is out of date (and departments or dictionaries may be new).
      void queryClient.invalidateQueries({ queryKey: queryKeys.boards });
      void queryClient.invalidateQueries({ queryKey: queryKeys.items });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboards });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports });
      void queryClient.invalidateQueries({ queryKey: queryKeys.departments });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dictionaries });
    },
  });
}
