import { FileImageOutlined, FileOutlined, FilePdfOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import type { EvidenceView } from '@rectify/shared';
import { evidenceDownloadUrl } from '../api/get-evidence';

function iconOf(mimeType: string) {
  if (mimeType === 'application/pdf') return <FilePdfOutlined />;
  if (mimeType.startsWith('image/')) return <FileImageOutlined />;
  if (mimeType.includes('word')) return <FileWordOutlined />;
  if (mimeType.includes('sheet') || mimeType.includes('excel')) return <FileExcelOutlined />;
  return <FileOutlined />;
}

/** The file's name as a download link, with an icon for its kind. */
export function EvidenceFileLink({ file }: { file: EvidenceView }) {
  return (
    <a href={evidenceDownloadUrl(file.id)} download={file.fileName} className="evidence-file-link" title={`下载“${file.fileName}”`}>
      {iconOf(file.mimeType)} {file.fileName}
    </a>
  );
}
