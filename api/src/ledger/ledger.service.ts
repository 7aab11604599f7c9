import { Injectable } from '@nestjs/common';
import {
  applyLedgerMapping,
  cellText,
  columnLetter,
  isInvalidCell,
  LEDGER_LIMITS,
  ledgerFileName,
  officeDayEnd,
  officeToday,
  proposeLedgerMapping,
  type Actor,
  type LedgerExportQuery,
  type LedgerImportOptions,
  type LedgerImportResult,
  type LedgerVocabulary,
} from '@rectify/shared';
import { AsOfService } from '../as-of/as-of.service.js';
import { InvalidRequestError, ThrottledError } from '../common/domain-errors.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { DictionariesService } from '../dictionaries/dictionaries.service.js';
import { ItemSearch, searchScopeOf } from '../items/item-search.js';
import { importResultOf } from './ledger-context.js';
import { OverdueHistories } from '../overdue/overdue-histories.js';
import { LedgerExportExtras } from './ledger-export-extras.js';
import { LedgerReader } from './ledger-reader.js';
import { LedgerImporter } from './ledger-import.js';
import { LedgerMappings } from './ledger-mappings.js';
import { writeLedgerTemplate, writeLedgerWorkbook, type LedgerUpload } from './ledger-workbook.js';

/** An uploaded file as multer hands it over (memory storage). */
export interface UploadedLedger {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/** 台账 export (the board's filters, the actor's reach) and import (all or nothing, 编号 as the key). */
@Injectable()
export class LedgerService {
  constructor(
    private readonly search: ItemSearch,
    private readonly importer: LedgerImporter,
    private readonly dictionaries: DictionariesService,
    private readonly departments: DepartmentsService,
    private readonly reader: LedgerReader,
    private readonly mappings: LedgerMappings,
    private readonly asOf: AsOfService,
    private readonly exportExtras: LedgerExportExtras,
    private readonly overdueHistories: OverdueHistories,
  ) {}

  /** The 导入模板, its drop-down lists filled with what the import accepts today. */
  async template(): Promise<{ fileName: string; data: Buffer }> {
    const [dictionaries, departments] = await Promise.all([this.dictionaries.all(), this.departments.list()]);
    const offered = (kind: keyof typeof dictionaries) => dictionaries[kind].filter((e) => e.active).map((e) => e.name);
    const choices = {
      sources: offered('source'),
      categories: offered('category'),
      departments: departments.map((d) => d.name).sort((a, b) => a.localeCompare(b, 'zh-CN')),
    };
    return { fileName: '整改台账导入模板.xlsx', data: await writeLedgerTemplate(choices, new Date()) };
  }

  /** Every item the filters match that the actor may export (a department: its own items), in 编号 order. */
  async export(filters: LedgerExportQuery, actor: Actor): Promise<{ fileName: string; data: Buffer }> {
    const now = new Date();
    // As of a past day: the 台账 as it stood at the end of that day, rebuilt from the history.
    const day = filters.asOf ?? officeToday(now);
    const items = filters.asOf
      ? (await this.asOf.views(filters.asOf, filters, actor, 'ledger.export')).items
      : await this.search.find(filters, searchScopeOf(actor, 'ledger.export'), now);
    const [officeName, progress, overdue] = await Promise.all([
      this.exportExtras.officeName(),
      this.exportExtras.progressOf(
        items.map((i) => i.id),
        filters.asOf ? new Date(officeDayEnd(day)).toISOString() : undefined,
      ),
      this.overdueHistories.of(items, day),
    ]);
    const fileName = filters.asOf ? ledgerFileName(now).replace(/\.xlsx$/, `（截至${filters.asOf}）.xlsx`) : ledgerFileName(now);
    return { fileName, data: await writeLedgerWorkbook(items, now, { officeName, progress, overdue }) };
  }

  /**
   * Reads and checks the file, then plans (dry run) or imports it. A file that cannot be read as a
   * ledger is refused with a 400; problems in its rows and header come back in `errors` (the
   * controller answers 422), and then nothing is written.
   */
  async import(file: UploadedLedger | undefined, options: LedgerImportOptions, actor: Actor): Promise<LedgerImportResult> {
    if (!file) throw new InvalidRequestError('请选择要导入的 .xlsx 文件（表单字段名为 file）');
    // One import at a time per server: reading and checking a file is the heaviest work the board does.
    if (this.importing) throw new ThrottledError('另一份台账正在导入或预检，请等它完成后再试（同一时间只能导入一份台账）');
    this.importing = true;
    try {
      return await this.importFile(file, options, actor);
    } finally {
      this.importing = false;
    }
  }

  /** Whether an import is running (the one-at-a-time rule above). */
  private importing = false;

  /** Whether an import is running now (the tests watch it). */
  isImporting(): boolean {
    return this.importing;
  }

  private async importFile(file: UploadedLedger, { dryRun, mapping: given }: LedgerImportOptions, actor: Actor): Promise<LedgerImportResult> {
    const upload = await this.reader.read(file.buffer);
    if (upload.rows.length > LEDGER_LIMITS.maxRows) {
      throw new InvalidRequestError(`文件有${upload.rows.length}行数据，超过单次导入上限${LEDGER_LIMITS.maxRows}行，请拆分成几个文件分批导入`);
    }
    const shown = { dryRun, sheet: upload.sheet, headerRow: upload.headerRow };
    const vocabulary = await this.vocabulary();
    const remembered = given ? null : await this.mappings.find(upload.header);
    const mapping = proposeLedgerMapping(upload.header, upload.rows, vocabulary, given ?? remembered ?? undefined);
    const choices = {
      source: [...vocabulary.dictionaries.source],
      category: [...vocabulary.dictionaries.category],
      causeTag: [...vocabulary.dictionaries.cause_tag],
      department: [...vocabulary.departments],
    };
    const step = { mapping, mappingRemembered: !given && !!remembered, samples: samplesOf(upload.header, upload.rows), choices };

    if (!given) {
      // No mapping: the standard 台账, its headers matched by name (the answer carries the proposal for the wizard).
      if (upload.headers.errors.length) {
        const plan = { creates: [], updates: [], unchanged: 0, errors: upload.headers.errors, warnings: [], ignoredColumns: [] };
        return { ...importResultOf(plan, shown), ...step };
      }
      this.assertRows(upload);
      const { plan, createdCodes } = await this.importer.importLedger(upload.headers.columns, upload.rows, actor, { dryRun, headerRow: upload.headerRow });
      return { ...importResultOf(plan, { ...shown, ...(createdCodes ? { createdCodes } : {}) }), ...step };
    }

    const applied = applyLedgerMapping(upload.header, upload.rows, given, vocabulary, upload.headerRow);
    if (applied.errors.length) {
      const plan = { creates: [], updates: [], unchanged: 0, errors: applied.errors, warnings: [], ignoredColumns: applied.ignored };
      return { ...importResultOf(plan, shown), ...step };
    }
    this.assertRows(upload);
    const { plan, createdCodes } = await this.importer.importLedger(applied.columns, applied.rows, actor, {
      dryRun,
      headerRow: upload.headerRow,
      create: applied.create,
    });
    plan.ignoredColumns = applied.ignored;
    if (!dryRun && !plan.errors.length) await this.mappings.remember(upload.header, given, actor);
    return { ...importResultOf(plan, { ...shown, ...(createdCodes ? { createdCodes } : {}) }), ...step };
  }

  private assertRows(upload: LedgerUpload): void {
    if (upload.rows.length === 0) {
      throw new InvalidRequestError(`「${upload.sheet}」工作表只有表头，没有数据行：请从第${upload.headerRow + 1}行起每行填写一个问题`);
    }
  }

  /** The names the mapping step matches the file's words against: departments and active dictionary entries. */
  private async vocabulary(): Promise<LedgerVocabulary> {
    const [dictionaries, departments] = await Promise.all([this.dictionaries.all(), this.departments.list()]);
    const active = (kind: keyof typeof dictionaries) => dictionaries[kind].filter((e) => e.active).map((e) => e.name);
    return {
      departments: departments.map((d) => d.name),
      dictionaries: { source: active('source'), category: active('category'), cause_tag: active('cause_tag') },
    };
  }
}

/** Up to three different values under each header, for the columns step. */
function samplesOf(header: ReadonlyArray<string | null>, rows: LedgerUpload['rows']): Record<string, string[]> {
  const samples: Record<string, string[]> = {};
  header.forEach((h, index) => {
    if (!h) return;
    const seen = new Set<string>();
    for (const { cells } of rows) {
      const cell = cells[index] ?? null;
      const text = isInvalidCell(cell) ? '' : cellText(cell);
      if (text) seen.add(text.length > 60 ? `${text.slice(0, 60)}…` : text);
      if (seen.size >= 3) break;
    }
    samples[columnLetter(index + 1)] = [...seen];
  });
  return samples;
}
