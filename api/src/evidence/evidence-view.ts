import type { EvidenceView } from '@rectify/shared';
import type { EvidenceFileEntity } from './evidence-file.entity.js';

export function toEvidenceView(row: EvidenceFileEntity): EvidenceView {
  return {
    id: row.id,
    itemId: row.itemId,
    fileName: row.fileName,
    size: row.size,
    mimeType: row.mimeType,
    sha256: row.sha256,
    note: row.note,
    uploadedBy: row.uploadedByName,
    uploadedAt: row.uploadedAt,
    round: row.round,
    progressId: row.progressId,
  };
}
