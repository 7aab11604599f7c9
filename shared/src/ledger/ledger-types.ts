/** Shapes of the 台账 endpoints, shared by the API (which builds them) and the web (which reads them). */
import { z } from 'zod';
import type { ColumnKey } from '../workflow/columns.js';
import { boardQuerySchema } from '../schemas/item-schemas.js';
import { ledgerMappingSchema, type LedgerMapping } from './ledger-mapping.js';

/** GET /api/ledger/export: the board's filters, without paging (every matching item is exported). */
export const ledgerExportQuerySchema = boardQuerySchema.omit({ limit: true });
export type LedgerExportQuery = z.infer<typeof ledgerExportQuerySchema>;

/**
 * POST /api/ledger/import takes multipart/form-data: `file` (the .xlsx) and `dryRun`. A dry run is
 * the default, so a client must say dryRun=false to write.
 */
export const ledgerImportOptionsSchema = z
  .object({
    /** The mapping step's answer, as JSON; absent: headers are matched by name only (the standard 台账). */
    mapping: z
      .string()
      .max(2_000_000)
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'mapping 应为 JSON' });
          return z.NEVER;
        }
      })
      .pipe(ledgerMappingSchema)
      .optional(),
    dryRun: z
      .preprocess((v) => (typeof v === 'boolean' ? String(v) : v), z.enum(['true', 'false', '1', '0'], { error: 'dryRun 只能是 true 或 false' }).optional())
      .default('true')
      .transform((v) => v === 'true' || v === '1'),
  })
  .strip();
export type LedgerImportOptions = z.infer<typeof ledgerImportOptionsSchema>;

/** One problem in the file: Excel row number (the header is row 1), the column's header as written, and why. */
export interface LedgerProblem {
  row: number;
  column: string;
  /** The cell, e.g. "K12", when the problem is one cell. */
  cell?: string;
  message: string;
}

/** "第5行「整改时限」：日期无法识别…" */
export function describeLedgerProblem(problem: LedgerProblem): string {
  return `第${problem.row}行「${problem.column}」：${problem.message}`;
}

export interface LedgerCreatedRow {
  row: number;
  /** The 编号 from the file; after a real import, also the generated one. Absent in a dry run when the system will number it. */
  code?: string;
  title: string;
  /** The column the new item lands in (see planLedgerImport). */
  status: ColumnKey;
}

export interface LedgerUpdatedRow {
  row: number;
  code: string;
  title: string;
  /** Headers (as in the file) of the columns whose value changes, e.g. ["整改措施", "完成时限"]. */
  changes: string[];
}

/** The answer to an import, dry run or not. With any error, nothing was written (HTTP 422). */
export interface LedgerImportResult {
  dryRun: boolean;
  /** One sentence for the person who uploaded the file. */
  message: string;
  sheet: string;
  /** The sheet row the header was found in: 1, or lower when title rows come first (they are skipped). */
  headerRow: number;
  created: LedgerCreatedRow[];
  updated: LedgerUpdatedRow[];
  /** Rows naming an existing item whose values all match it. */
  unchanged: number;
  /** At most LEDGER_LIMITS.maxListedErrors, in row order; errorCount is the total. */
  errors: LedgerProblem[];
  errorCount: number;
  /** Worth a look, but no reason to refuse the file (e.g. a row without 编号 that looks like an existing item). */
  warnings: LedgerProblem[];
  /** Columns recognised and deliberately not read (序号, 整改进展), as written in the file. */
  ignoredColumns: string[];
  /**
   * The mapping step (ledger-mapping.ts): the one sent with the request, completed with suggestions
   * for values it does not decide; without one, the remembered mapping for these headers, or the
   * system's proposal. Absent when the file could not be read that far.
   */
  mapping?: LedgerMapping;
  /** The mapping came from an earlier import of a file with the same headers. */
  mappingRemembered?: boolean;
  /** Up to three different values of each column, by column letter, for the columns step. */
  samples?: Record<string, string[]>;
  /** What the values step may map to: today's departments and active dictionary entries. */
  choices?: { source: string[]; category: string[]; causeTag: string[]; department: string[] };
}
