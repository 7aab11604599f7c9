/**
 * 佐证材料 (evidence files): which kinds an office may upload, how large, how a file name is cleaned,
 * and whether a file's content matches its name. Pure rules: the API sniffs the content (magic bytes)
 * and asks `checkEvidenceContent`; the web shows the same list and limit before anyone uploads.
 */

/** The kinds of file accepted, keyed by the (canonical) extension. */
export const EVIDENCE_TYPES = {
  pdf: { label: 'PDF 文件', mime: 'application/pdf' },
  jpg: { label: 'JPG 图片', mime: 'image/jpeg' },
  png: { label: 'PNG 图片', mime: 'image/png' },
  docx: { label: 'Word 文档（.docx）', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel 工作簿（.xlsx）', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  doc: { label: '旧版 Word 文档（.doc）', mime: 'application/msword' },
  xls: { label: '旧版 Excel 工作簿（.xls）', mime: 'application/vnd.ms-excel' },
} as const;
export type EvidenceType = keyof typeof EVIDENCE_TYPES;

/** Extensions people actually write, mapped to the kind they mean. */
const EXTENSION_ALIASES: Record<string, EvidenceType> = { jpeg: 'jpg' };

export const EVIDENCE_LIMITS = {
  /** Largest file accepted, in bytes (20 MB). */
  maxFileBytes: 20 * 1024 * 1024,
  /** Longest stored file name, in characters, extension included. */
  maxNameLength: 100,
  /** Longest note (说明) on one file. */
  maxNoteLength: 200,
} as const;

/** For an `<input accept>` and the upload hint. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx';
export const EVIDENCE_TYPES_TEXT = 'PDF、JPG、PNG、Word（.doc/.docx）、Excel（.xls/.xlsx）';
export const EVIDENCE_HINT = `支持 ${EVIDENCE_TYPES_TEXT}，单个文件不超过 ${EVIDENCE_LIMITS.maxFileBytes / 1024 / 1024} MB`;

/** The name given to a file whose name has nothing left after cleaning. */
const FALLBACK_STEM = '佐证材料';
/** Names Windows will not open a file under, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name safe to store, show and send back in Content-Disposition: no folder parts, no control
 * or invisible direction characters, none of \ / : * ? " < > |, no leading or trailing dots and
 * spaces, at most `maxNameLength` characters with the extension kept. Chinese stays as it is.
 */
export function cleanFileName(raw: string): string {
  let name = raw.normalize('NFC');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name
    // C0/C1 controls, zero-width and bidirectional-override characters (they can disguise an extension).
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '');
  const dot = name.lastIndexOf('.');
  let extension =
    dot >= 0
      ? name
          .slice(dot + 1)
          .trim()
          .toLowerCase()
      : '';
  let stem = dot >= 0 ? name.slice(0, dot) : name;
  if (extension.length > 10 || /\s/.test(extension)) {
    stem = name;
    extension = '';
  }
  stem = stem.replace(/^[\s.]+|[\s.]+$/g, '');
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  const room = EVIDENCE_LIMITS.maxNameLength - (extension ? extension.length + 1 : 0);
  // Cut by code points so a Chinese character (or an emoji) is never split in half.
  stem = Array.from(stem)
    .slice(0, room)
    .join('')
    .replace(/[\s.]+$/, '');
  if (!stem) stem = FALLBACK_STEM;
  return extension ? `${stem}.${extension}` : stem;
}

/** The kind a (cleaned) file name claims, or null when its extension is not one we take. */
export function evidenceTypeOfName(fileName: string): EvidenceType | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = fileName.slice(dot + 1).toLowerCase();
  if (extension in EVIDENCE_TYPES) return extension as EvidenceType;
  return EXTENSION_ALIASES[extension] ?? null;
}

/**
 * What sniffing the bytes found: one of our kinds, `ole2` (an OLE2 compound file — .doc and .xls
 * share it, so only the extension tells them apart), another format (`other`, named for the
 * message), or nothing recognisable (`null`: plain text, random bytes).
 */
export type SniffedContent = Exclude<EvidenceType, 'doc' | 'xls'> | 'ole2' | { other: string } | null;

export type EvidenceContentCheck = { ok: true; type: EvidenceType; mimeType: string } | { ok: false; message: string };

/** Does the content match what the name says? The name alone never decides. */
export function checkEvidenceContent(fileName: string, sniffed: SniffedContent): EvidenceContentCheck {
  const claimed = evidenceTypeOfName(fileName);
  if (!claimed) {
    const dot = fileName.lastIndexOf('.');
    const shown = dot < 0 ? '文件名没有扩展名' : `不支持“${fileName.slice(dot)}”文件`;
    return { ok: false, message: `${shown}：佐证材料只能是 ${EVIDENCE_TYPES_TEXT}` };
  }
  const matches = claimed === 'doc' || claimed === 'xls' ? sniffed === 'ole2' : sniffed === claimed;
  if (matches) return { ok: true, type: claimed, mimeType: EVIDENCE_TYPES[claimed].mime };
  const expected = EVIDENCE_TYPES[claimed].label.replace(/（.*）$/, '');
  const actual =
    sniffed === null
      ? ''
      : sniffed === 'ole2'
        ? '，它是旧版 Office 文件（.doc/.xls）或加了打开密码的文件'
        : typeof sniffed === 'object'
          ? `，它是 ${sniffed.other.toUpperCase()} 格式`
          : `，它是 ${EVIDENCE_TYPES[sniffed].label}`;
  const spaced = /^[A-Za-z]/.test(expected) ? ` ${expected}` : expected;
  return { ok: false, message: `文件内容与扩展名不符：${fileName} 实际不是${spaced}${actual}。请上传原始文件，不要只修改扩展名` };
}

/** "1.2 MB", "356 KB", "880 字节". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One stored 佐证材料 file, as GET /api/items/:id/evidence lists it. */
export interface EvidenceView {
  id: string;
  itemId: string;
  fileName: string;
  size: number;
  mimeType: string;
  sha256: string;
  note: string | null;
  uploadedBy: string;
  uploadedAt: string;
  /** 整改轮次 the file was uploaded in. */
  round: number;
  /** The 整改进展 entry it belongs to, if any. */
  progressId: string | null;
}

/** The answer to an upload: the file, and how many the item now has. */
export interface EvidenceUploadResult {
  evidence: EvidenceView;
  evidenceCount: number;
}

/** One 整改进展 entry, newest first in GET /api/items/:id/progress, with its files. */
export interface ProgressEntryView {
  id: string;
  itemId: string;
  date: string;
  text: string;
  author: string;
  createdAt: string;
  round: number;
  evidence: EvidenceView[];
}
