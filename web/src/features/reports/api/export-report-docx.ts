/** POST /api/reports/problems-and-causes/docx — the text as edited on the page, as an official-layout .docx. */
/** What the page sends: the edited text (its first line is the title) and, optionally, a separate title. */
export interface ReportDocxBody {
  title?: string | null;
  text: string;
}
import { useMutation } from '@tanstack/react-query';
import { apiDownload, saveFile, type DownloadedFile } from '../../../lib/api-client';

export function exportReportDocx(body: ReportDocxBody): Promise<DownloadedFile> {
  return apiDownload('/reports/problems-and-causes/docx', { method: 'POST', body, fallbackName: '存在的问题及原因.docx' });
}

export function useExportReportDocx() {
  return useMutation({
    mutationFn: exportReportDocx,
    onSuccess: (file) => saveFile(file),
  });
}
