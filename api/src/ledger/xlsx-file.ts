/**
 * Is an upload an .xlsx at all? Looked at by content, not by name: an .xlsx is a zip holding
 * xl/workbook.xml. Read from the zip's central directory before any parser runs, which also bounds
 * what the parser would unpack (a small zip may hold gigabytes of repeated XML).
 */
import { InvalidRequestError } from '../common/domain-errors.js';

const NOT_XLSX = '不是有效的 .xlsx 文件，请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入';
/** What the parts of one workbook may unpack to, in all (a 5,000-row ledger is about 10 MB). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

/** Throws a Chinese 400 unless `data` looks like an .xlsx small enough to open. */
export function assertXlsx(data: Buffer): void {
  if (data.length === 0) throw new InvalidRequestError('上传的文件是空的（0字节），请选择要导入的 .xlsx 文件');
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    // The OLE container: an Excel 97-2003 .xls, or an .xlsx protected by a password.
    throw new InvalidRequestError('这是旧版 .xls 文件（或设置了打开密码的文件），请在 Excel 或 WPS 中取消密码并“另存为” .xlsx 后再导入');
  }
  if (!data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw new InvalidRequestError(NOT_XLSX);
  const entries = zipEntries(data);
  if (!entries) throw new InvalidRequestError(`${NOT_XLSX}（文件已损坏或不完整）`);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    const kind = names.has('word/document.xml') ? '（这是 Word 文档）' : names.has('ppt/presentation.xml') ? '（这是 PowerPoint 文件）' : '';
    throw new InvalidRequestError(`${NOT_XLSX}${kind}`);
  }
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  if (entries.length > MAX_ENTRIES || unpacked > MAX_UNPACKED_BYTES) {
    throw new InvalidRequestError('文件内容过大，无法导入；请只保留整改台账这一张表，分批导入');
  }
}

/** Names and unpacked sizes from the central directory, or null when it cannot be read. */
function zipEntries(data: Buffer): Array<{ name: string; size: number }> | null {
  // End of central directory: at least 22 bytes from the end, followed by a comment of up to 64 KB.
  const from = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let i = data.length - 22; i >= from; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: Array<{ name: string; size: number }> = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return null;
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    if (at + 46 + nameLength > data.length) return null;
    // 0xFFFFFFFF means the real size is in a ZIP64 record: more than a ledger can be.
    entries.push({ name: data.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, ''), size: size === 0xffffffff ? Infinity : size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
