import { Injectable } from '@nestjs/common';
import { LEDGER_LIMITS, ledgerFileName, type Actor, type LedgerExportQuery, type LedgerImportResult } from '@rectify/shared';
import { InvalidRequestError, ThrottledError } from '../common/domain-errors.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { DictionariesService } from '../dictionaries/dictionaries.service.js';
import { ItemSearch, searchScopeOf } from '../items/item-search.js';
import { ItemsService } from '../items/items.service.js';
import { importResultOf } from './ledger-context.js';
import { LedgerReader } from './ledger-reader.js';
import { writeLedgerTemplate, writeLedgerWorkbook } from './ledger-workbook.js';

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
    private readonly items: ItemsService,
    private readonly dictionaries: DictionariesService,
    private readonly departments: DepartmentsService,
    private readonly reader: LedgerReader,
  ) {}

  /** The 导入模板, its drop-down lists filled with what the import accepts today. */
  async template(): Promise<{ fileName: string; data: Buffer }> {
    const [dictionaries, departments] = await Promise.all([this.dictionaries.all(), this.departments.list()]);
    const offered = (kind: keyof typeof dictionaries) => dictionaries[kind].filter((e) => e.active).map((e) => e.name);
    const choices = { sources: offered('source'), categories: offered('category'), departments: departments.map((d) => d.name).sort((a, b) => a.localeCompare(b, 'zh-CN')) };
    return { fileName: '整改台账导入模板.xlsx', data: await writeLedgerTemplate(choices, new Date()) };
  }

  /** Every item the filters match that the actor may export (a department: its own items), in 编号 order. */
  async export(filters: LedgerExportQuery, actor: Actor): Promise<{ fileName: string; data: Buffer }> {
    const now = new Date();
    const items = await this.search.find(filters, searchScopeOf(actor, 'ledger.export'), now);
    return { fileName: ledgerFileName(now), data: await writeLedgerWorkbook(items, now) };
  }

  /**
   * Reads and checks the file, then plans (dry run) or imports it. A file that cannot be read as a
   * ledger is refused with a 400; problems in its rows and header come back in `errors` (the
   * controller answers 422), and then nothing is written.
   */
  async import(file: UploadedLedger | undefined, dryRun: boolean, actor: Actor): Promise<LedgerImportResult> {
    if (!file) throw new InvalidRequestError('请选择要导入的 .xlsx 文件（表单字段名为 file）');
    // One import at a time per server: reading and checking a file is the heaviest work the board does.
    if (this.importing) throw new ThrottledError('另一份台账正在导入或预检，请等它完成后再试（同一时间只能导入一份台账）');
    this.importing = true;
    try {
      return await this.importFile(file, dryRun, actor);
    } finally {
      this.importing = false;
    }
  }

  /** Whether an import is running (the one-at-a-time rule above). */
  private importing = false;

  private async importFile(file: UploadedLedger, dryRun: boolean, actor: Actor): Promise<LedgerImportResult> {
    const upload = await this.reader.read(file.buffer);
    if (upload.rows.length > LEDGER_LIMITS.maxRows) {
      throw new InvalidRequestError(`文件有${upload.rows.length}行数据，超过单次导入上限${LEDGER_LIMITS.maxRows}行，请拆分成几个文件分批导入`);
    }
    if (upload.headers.errors.length) {
      const plan = { creates: [], updates: [], unchanged: 0, errors: upload.headers.errors, warnings: [], ignoredColumns: [] };
      return importResultOf(plan, { dryRun, sheet: upload.sheet, headerRow: upload.headerRow });
    }
    if (upload.rows.length === 0) {
      throw new InvalidRequestError(`「${upload.sheet}」工作表只有表头，没有数据行：请从第${upload.headerRow + 1}行起每行填写一个问题`);
    }
    const { plan, createdCodes } = await this.items.importLedger(upload.headers.columns, upload.rows, actor, { dryRun, headerRow: upload.headerRow });
    return importResultOf(plan, { dryRun, sheet: upload.sheet, headerRow: upload.headerRow, ...(createdCodes ? { createdCodes } : {}) });
  }
}
