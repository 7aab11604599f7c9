/**
 * Is an upload an .xlsx small enough to open? Looked at by content, not by name (an .xlsx is a zip
 * holding xl/workbook.xml), before the workbook parser runs: every part is inflated with its bytes
 * counted (zip-reader.ts), and the ledger sheet is read as a stream of XML events that stops as soon
 * as it holds more rows than one import may, so a 110,000-row file is refused after a few thousand
 * rows instead of being loaded whole.
 */
import { StringDecoder } from 'node:string_decoder';
import { HEADER_SEARCH_ROWS, LEDGER_LIMITS, LEDGER_SHEET_NAME } from '@rectify/shared';
import { SaxesParser } from 'saxes';
import { InvalidRequestError } from '../common/domain-errors.js';
import { InflateBudget, inflateEntry, ZIP_LIMITS, zipEntries, type ZipEntry } from './zip-reader.js';

const NOT_XLSX = '不是有效的 .xlsx 文件，请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入';
export const OLD_FORMAT = '这是旧版 .xls/.et 文件（或设置了打开密码的文件），请在 Excel 或 WPS 中取消密码并“另存为” .xlsx 后再导入';

/**
 * Rows with content the prescan lets through: the limit, the rows above the header, and slack for
 * rows holding only a 序号 (the exact count of data rows is taken when the sheet is read).
 */
const PRESCAN_ROWS = LEDGER_LIMITS.maxRows + HEADER_SEARCH_ROWS + 1_000;

export const TOO_MANY_ROWS = `文件超过单次导入上限${LEDGER_LIMITS.maxRows}行，请拆分成几个文件分批导入`;

/** What kind of office file the bytes are, by content. */
export type OfficeKind = 'xlsx' | 'docx';

/** Throws a Chinese 400 unless `data` is an .xlsx or .docx zip; answers which. */
export function officeKindOf(data: Buffer): { kind: OfficeKind; entries: ZipEntry[] } {
  if (data.length === 0) throw new InvalidRequestError('上传的文件是空的（0字节），请选择要导入的 .xlsx 文件');
  // The OLE container: an Excel 97-2003 .xls, a WPS .et, or an .xlsx protected by a password.
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw new InvalidRequestError(OLD_FORMAT);
  if (!data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw new InvalidRequestError(NOT_XLSX);
  const entries = zipEntries(data);
  if (!entries) throw new InvalidRequestError(`${NOT_XLSX}（文件已损坏或不完整）`);
  if (entries.length > ZIP_LIMITS.entries) throw new InvalidRequestError('文件内容过多，无法导入；请只保留整改台账这一张表，分批导入');
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx', entries };
  if (names.has('word/document.xml')) return { kind: 'docx', entries };
  throw new InvalidRequestError(`${NOT_XLSX}${names.has('ppt/presentation.xml') ? '（这是 PowerPoint 文件）' : ''}`);
}

/**
 * Inflates every part of the workbook with one byte budget (never trusting declared sizes) and
 * counts the rows of the sheet the import will read, stopping at PRESCAN_ROWS.
 */
export async function checkXlsxPackage(data: Buffer, entries: readonly ZipEntry[]): Promise<void> {
  const budget = new InflateBudget();
  const byName = new Map(entries.map((e) => [e.name, e]));
  const sheetPath = await ledgerSheetPath(data, byName, budget);
  for (const entry of entries) {
    if (entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels') continue;
    if (entry.name === sheetPath) await countRows(data, entry, budget);
    else await inflateEntry(data, entry, budget);
  }
}

/** The part holding the sheet readLedgerWorkbook will read: 整改台账, else the first visible sheet. */
async function ledgerSheetPath(data: Buffer, byName: Map<string, ZipEntry>, budget: InflateBudget): Promise<string | null> {
  const sheets: Array<{ name: string; visible: boolean; id: string }> = [];
  await parseXml(await inflateEntry(data, byName.get('xl/workbook.xml')!, budget, { keep: true }), (name, attributes) => {
    if (name === 'sheet')
      sheets.push({ name: attributes.name ?? '', visible: !attributes.state || attributes.state === 'visible', id: attributes['r:id'] ?? '' });
  });
  const targets = new Map<string, string>();
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    await parseXml(await inflateEntry(data, rels, budget, { keep: true }), (name, attributes) => {
      if (name === 'Relationship' && attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
    });
  }
  const sheet = sheets.find((s) => s.name === LEDGER_SHEET_NAME) ?? sheets.find((s) => s.visible);
  const target = sheet && targets.get(sheet.id);
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Streams the sheet's XML, counting rows with a value, and throws TOO_MANY_ROWS past PRESCAN_ROWS. */
async function countRows(data: Buffer, entry: ZipEntry, budget: InflateBudget): Promise<void> {
  const parser = new SaxesParser();
  let rows = 0;
  let inValue = false;
  let rowHasValue = false;
  let tooMany = false;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'row') rowHasValue = false;
    else if (name === 'v' || name === 't') inValue = true;
  });
  parser.on('text', (text) => {
    if (inValue && text.trim()) rowHasValue = true;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'v' || name === 't') inValue = false;
    else if (name === 'row' && rowHasValue && ++rows > PRESCAN_ROWS) tooMany = true;
  });
  parser.on('error', () => {
    throw new InvalidRequestError(`${NOT_XLSX}（工作表内容已损坏）`);
  });
  const decoder = new StringDecoder('utf8');
  await inflateEntry(data, entry, budget, {
    onChunk: (chunk) => {
      parser.write(decoder.write(chunk));
      return tooMany ? 'stop' : undefined;
    },
  });
  if (tooMany) throw new InvalidRequestError(TOO_MANY_ROWS);
}

/** Calls `onTag` for every element of a small XML part (local name, attributes as written). */
// eslint-disable-next-line @typescript-eslint/require-await -- async so that a parse error reaches the caller as a rejection
export async function parseXml(xml: Buffer, onTag: (name: string, attributes: Record<string, string>) => void): Promise<void> {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => onTag(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('error', () => {
    throw new InvalidRequestError(`${NOT_XLSX}（文件已损坏）`);
  });
  parser.write(xml.toString('utf8')).close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
