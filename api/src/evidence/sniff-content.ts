/**
 * What a file really is, from its bytes. file-type 21 (magic bytes; for zips it reads the entries,
 * which is how .docx and .xlsx differ) is the last major release that runs on Node 20; 22 needs
 * Node 22. An OLE2 compound file ("cfb") may be a .doc or an .xls: the shared rule lets the
 * extension decide between those two only.
 */
import type { SniffedContent } from '@rectify/shared';
import { fileTypeFromFile, type FileTypeResult } from 'file-type';

const OURS = new Set(['pdf', 'jpg', 'png', 'docx', 'xlsx']);

/** Reads only as much of the received file as the detection needs. */
export async function sniffFile(path: string): Promise<SniffedContent> {
  return asSniffed(await fileTypeFromFile(path));
}

function asSniffed(found: FileTypeResult | undefined): SniffedContent {
  if (!found) return null;
  if (found.ext === 'cfb') return 'ole2';
  if (OURS.has(found.ext)) return found.ext as Exclude<SniffedContent, 'ole2' | { other: string } | null>;
  return { other: found.ext };
}
