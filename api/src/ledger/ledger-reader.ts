/**
 * Reads uploaded 台账 files in a worker thread (ledger-reader.worker.ts) with a memory ceiling and
 * a time limit. The worker is started on the first file and kept (starting one costs more than a
 * small file's reading); a worker that ran out of memory or time is ended and the next file gets a
 * new one. The service lets one import run at a time, so one worker is enough.
 */
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { LedgerCellValue } from '@rectify/shared';
import { Worker } from 'node:worker_threads';
import { InvalidRequestError } from '../common/domain-errors.js';
import type { ReaderReply, ReaderRequest, WireCell } from './ledger-reader.worker.js';
import type { LedgerUpload } from './ledger-workbook.js';

/** The worker's heap: ample for 5,000 rows, far below what would endanger the server. */
const WORKER_HEAP_MB = 512;
const WORKER_TIMEOUT_MS = 120_000;

const UNREADABLE = '文件无法读取（文件已损坏或格式不受支持），请在 Excel 或 WPS 中重新“另存为” .xlsx 后再导入';
const TOO_LARGE = '文件内容过大，读取时超出了允许的内存，未导入任何数据：请只保留问题清单这一张表，或拆分成几个文件分批导入';
const TIMED_OUT = '文件读取超时，未导入任何数据：请只保留问题清单这一张表，或拆分成几个文件分批导入';

/**
 * The compiled worker: next to this module in dist/; under the test runner (which runs the .ts
 * sources) in the api's dist/, built before the tests (`npm test -w api` builds first).
 */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.ts') ? new URL('../../dist/ledger/ledger-reader.worker.js', here) : new URL('./ledger-reader.worker.js', here);
}

@Injectable()
export class LedgerReader implements OnModuleDestroy {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (upload: LedgerUpload) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();

  read(data: Buffer): Promise<LedgerUpload> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => void this.stop(TIMED_OUT), WORKER_TIMEOUT_MS);
      this.waiting.set(id, { resolve, reject, timer });
      worker.postMessage({ id, data } satisfies ReaderRequest);
    });
  }

  onModuleDestroy(): Promise<void> {
    return this.stop(UNREADABLE);
  }

  private start(): Worker {
    const worker = new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 } });
    // An idle worker does not keep the process alive (CLI commands, tests).
    worker.unref();
    worker.on('message', (reply: ReaderReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      clearTimeout(waiting.timer);
      if (reply.ok) waiting.resolve({ ...reply.upload, rows: reply.upload.rows.map(({ row, cells }) => ({ row, cells: cells.map(fromWire) })) });
      else waiting.reject(new InvalidRequestError(reply.known ? reply.message : UNREADABLE));
    });
    worker.on('error', (error: Error & { code?: string }) => void this.stop(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? TOO_LARGE : UNREADABLE));
    worker.on('exit', () => {
      if (this.worker === worker) void this.stop(UNREADABLE);
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the worker; whatever it was reading is refused with `message`. */
  private async stop(message: string): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const [id, waiting] of this.waiting) {
      clearTimeout(waiting.timer);
      waiting.reject(new InvalidRequestError(message));
      this.waiting.delete(id);
    }
    if (worker) await worker.terminate();
  }
}

function fromWire(cell: WireCell): LedgerCellValue {
  return cell !== null && typeof cell === 'object' && 'date' in cell ? new Date(cell.date) : cell;
}
