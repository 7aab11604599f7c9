/**
 * Runs in a worker thread (ledger-reader.ts starts it and keeps it for the next file): reads one
 * uploaded 台账 at a time into plain values, so unpacking and parsing a large file never holds up
 * the server's event loop, and a file that still outgrows the worker's memory limit ends the
 * worker, not the server.
 */
import { parentPort } from 'node:worker_threads';
import type { LedgerCellValue } from '@rectify/shared';
import { DomainError } from '../common/domain-errors.js';
import { readLedgerWorkbook, type LedgerUpload } from './ledger-workbook.js';

/** A date cell crosses the thread boundary as its time: a Date would arrive as another realm's Date under the test runner. */
export type WireCell = Exclude<LedgerCellValue, Date> | { date: number };
export type WireUpload = Omit<LedgerUpload, 'rows'> & { rows: Array<{ row: number; cells: WireCell[] }> };
export interface ReaderRequest {
  id: number;
  data: Uint8Array;
}
export type ReaderReply = { id: number } & ({ ok: true; upload: WireUpload } | { ok: false; message: string; known: boolean });

parentPort!.on('message', ({ id, data }: ReaderRequest) => {
  readLedgerWorkbook(Buffer.from(data.buffer, data.byteOffset, data.byteLength)).then(
    (upload) => {
      const rows = upload.rows.map(({ row, cells }) => ({ row, cells: cells.map((cell) => (cell instanceof Date ? { date: cell.getTime() } : cell)) }));
      parentPort!.postMessage({ id, ok: true, upload: { ...upload, rows } } satisfies ReaderReply);
    },
    (error: unknown) =>
      parentPort!.postMessage({
        id,
        ok: false,
        known: error instanceof DomainError,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ReaderReply),
  );
});
