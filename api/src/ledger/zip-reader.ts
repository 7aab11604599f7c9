/**
 * Reading a zip (an .xlsx or .docx is one) without trusting what it says about itself: entries are
 * found through the central directory, and every entry is inflated as a stream whose bytes are
 * counted, stopping at a limit. A zip whose entries claim 2 MB and inflate to 2 GB is stopped at the
 * limit, whatever its headers say.
 */
import { createInflateRaw } from 'node:zlib';
import { InvalidRequestError } from '../common/domain-errors.js';

export interface ZipEntry {
  name: string;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  /** Offset of the local file header. */
  offset: number;
}

/** What one upload may unpack to, in all and per entry (a 5,000-row 台账 unpacks to about 10 MB). */
export const ZIP_LIMITS = { totalBytes: 64 * 1024 * 1024, entries: 2_000 } as const;

export const UNPACKED_TOO_LARGE = `文件解压后超过${ZIP_LIMITS.totalBytes / 1024 / 1024} MB，无法导入：请只保留问题清单这一张表（删去图片和其他工作表），或拆分成几个文件分批导入`;

/** Entries from the central directory, or null when it cannot be read. */
export function zipEntries(data: Buffer): ZipEntry[] | null {
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
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return null;
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const offset = data.readUInt32LE(at + 42);
    if (at + 46 + nameLength > data.length) return null;
    entries.push({ name: data.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, ''), method, compressedSize, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes, located through its local header (whose own sizes are ignored). */
function compressedBytes(data: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.offset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  // 0xFFFFFFFF: the size lives in a ZIP64 record; a ledger never needs one.
  if (entry.compressedSize === 0xffffffff || start + entry.compressedSize > data.length) return null;
  return data.subarray(start, start + entry.compressedSize);
}

/** A running count of inflated bytes shared by the entries of one file. */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number = ZIP_LIMITS.totalBytes) {}
}

/**
 * Inflates one entry as a stream, handing each chunk to `onChunk` (which may answer 'stop' to end
 * early), and throws UNPACKED_TOO_LARGE as soon as the budget is spent. Returns the whole content
 * when `keep` is set (only for small parts: the workbook, its relations, a docx's document).
 */
export function inflateEntry(
  data: Buffer,
  entry: ZipEntry,
  budget: InflateBudget,
  options: { keep?: boolean; onChunk?: (chunk: Buffer) => 'stop' | void } = {},
): Promise<Buffer> {
  const compressed = compressedBytes(data, entry);
  const broken = new InvalidRequestError('文件已损坏或不完整，请在 Excel、WPS 或 Word 中重新“另存为”后再导入');
  if (!compressed) return Promise.reject(broken);
  const kept: Buffer[] = [];
  const take = (chunk: Buffer): 'stop' | void => {
    budget.used += chunk.length;
    if (budget.used > budget.limit) throw new InvalidRequestError(UNPACKED_TOO_LARGE);
    if (options.keep) kept.push(chunk);
    return options.onChunk?.(chunk);
  };
  if (entry.method === 0) {
    try {
      take(compressed);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : broken);
    }
    return Promise.resolve(Buffer.concat(kept));
  }
  if (entry.method !== 8) return Promise.reject(broken);
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      if (error) reject(error instanceof Error ? error : broken);
      else resolve(Buffer.concat(kept));
    };
    inflater.on('data', (chunk: Buffer) => {
      if (settled) return;
      try {
        if (take(chunk) === 'stop') finish();
      } catch (error) {
        finish(error);
      }
    });
    inflater.on('error', () => finish(broken));
    inflater.on('end', () => finish());
    // Fed in slices, so a stop or an overrun ends the work without inflating the rest.
    let at = 0;
    const feed = () => {
      while (!settled && at < compressed.length) {
        const slice = compressed.subarray(at, at + 64 * 1024);
        at += slice.length;
        if (!inflater.write(slice)) {
          inflater.once('drain', feed);
          return;
        }
      }
      if (!settled && at >= compressed.length) inflater.end();
    };
    feed();
  });
}
