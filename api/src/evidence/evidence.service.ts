import { randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  checkEvidenceContent,
  cleanFileName,
  describeIssues,
  evidenceUploadFieldsSchema,
  type Actor,
  type EvidenceUploadResult,
  type EvidenceView,
} from '@rectify/shared';
import { Repository, type EntityManager } from 'typeorm';
import { InvalidRequestError, NotFoundError, RuleViolationError } from '../common/domain-errors.js';
import { loadPermittedItem } from '../items/permitted-item.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { WriteQueue } from '../database/write-queue.js';
import type { ItemEntity } from '../items/item.entity.js';
import { ItemWriter } from '../items/item-writer.js';
import { ProgressEntryEntity } from './progress-entry.entity.js';
import { EvidenceFileEntity } from './evidence-file.entity.js';
import { EvidenceStorage, type ReceivedFile } from './evidence-storage.js';
import { toEvidenceView } from './evidence-view.js';
import { sniffFile } from './sniff-content.js';

/** An uploaded file as multer hands it over: received into a temporary file (evidence-upload.ts), at most EVIDENCE_LIMITS.maxFileBytes. */
export interface UploadedEvidence extends ReceivedFile {
  originalname: string;
}

const EVIDENCE_NOT_FOUND = '佐证材料不存在或已无权查看';

/**
 * 佐证材料: upload (content-checked, hashed, stored beside the database), list and download. Files
 * are never deleted: they are part of the item's record.
 */
@Injectable()
export class EvidenceService implements OnModuleInit {
  private readonly logger = new Logger(EvidenceService.name);
  readonly storage: EvidenceStorage;

  constructor(
    @InjectRepository(EvidenceFileEntity) private readonly evidence: Repository<EvidenceFileEntity>,
    private readonly writeQueue: WriteQueue,
    private readonly writer: ItemWriter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.storage = new EvidenceStorage(config.filesPath);
  }

  /** Files a crash left half received are of no use to anyone. */
  async onModuleInit(): Promise<void> {
    const cleared = await this.storage.clearTemporary();
    if (cleared) this.logger.warn(`已清理上次未完成上传留下的 ${cleared} 个临时文件`);
  }

  /** Who may upload to which item, in which state: checked before the body of an upload is read. */
  async assertUploadAllowed(itemId: string, actor: Actor): Promise<void> {
    assertEvidenceOpen(await loadPermittedItem(this.evidence.manager, itemId, actor, 'evidence.upload'));
  }

  async list(itemId: string, actor: Actor): Promise<EvidenceView[]> {
    const item = await loadPermittedItem(this.evidence.manager, itemId, actor, 'evidence.read');
    const rows = await this.evidence.find({ where: { itemId: item.id }, order: { uploadedAt: 'DESC', id: 'ASC' } });
    return rows.map(toEvidenceView);
  }

  /**
   * The file arrives already written to a temporary file (after assertUploadAllowed). Checks what
   * the body says (the fields, the file's content), then in one queued transaction: the row, the
   * item's evidenceCount (no version bump: nobody's edit is overtaken by an upload), the history
   * event, and the move of the file into place. Any failure removes the file; nothing is left half done.
   */
  async upload(itemId: string, file: UploadedEvidence | undefined, rawFields: unknown, actor: Actor): Promise<EvidenceUploadResult> {
    let kept = false;
    try {
      const fields = evidenceUploadFieldsSchema.safeParse(rawFields ?? {});
      if (!fields.success) {
        const problems = describeIssues(fields.error.issues);
        throw new InvalidRequestError(`提交的内容有误：${problems.map((p) => p.message).join('；')}`, problems);
      }
      const before = await loadPermittedItem(this.evidence.manager, itemId, actor, 'evidence.upload');
      assertEvidenceOpen(before);
      if (!file) throw new InvalidRequestError('请选择要上传的佐证材料文件（表单字段名 file）');
      const fileName = cleanFileName(file.originalname ?? '');
      if (file.size === 0) throw new InvalidRequestError(`上传的文件“${fileName}”是空的（0字节），请重新选择`);
      const content = checkEvidenceContent(fileName, await sniffFile(file.path));
      if (!content.ok) throw new RuleViolationError(content.message, [{ path: 'file', message: content.message }]);

      const id = randomUUID();
      try {
        const result = await this.writeQueue.run(async (manager) => {
          const item = await loadPermittedItem(manager, itemId, actor, 'evidence.upload');
          assertEvidenceOpen(item);
          const progressId = fields.data.progressId ?? null;
          if (progressId) await assertProgressOf(manager, item.id, progressId);
          const row: EvidenceFileEntity = {
            id,
            itemId: item.id,
            progressId,
            fileName,
            size: file.size,
            mimeType: content.mimeType,
            sha256: file.sha256,
            note: fields.data.note ?? null,
            round: item.round,
            uploadedById: actor.id,
            uploadedByName: actor.displayName,
            uploadedAt: new Date().toISOString(),
          };
          await manager.getRepository(EvidenceFileEntity).insert(row);
          const evidenceCount = await this.writer.countEvidence(
            manager,
            item.id,
            [{ kind: 'evidence_added', before: null, after: { evidenceId: id, fileName, size: row.size, sha256: row.sha256, round: row.round, progressId } }],
            actor,
            row.uploadedAt,
          );
          await this.storage.moveIntoPlace(file.path, id);
          return { evidence: toEvidenceView(row), evidenceCount };
        });
        kept = true;
        return result;
      } catch (error) {
        // The transaction rolled back (or its commit failed after the rename): no row, so no file.
        await this.storage.discard(this.storage.pathOf(id));
        throw error;
      }
    } finally {
      if (!kept) await this.storage.discard(file?.path);
    }
  }

  async download(id: string, actor: Actor): Promise<{ fileName: string; mimeType: string; size: number; stream: ReadStream }> {
    const row = await this.evidence.findOneBy({ id });
    if (!row) throw new NotFoundError(EVIDENCE_NOT_FOUND);
    await loadPermittedItem(this.evidence.manager, row.itemId, actor, 'evidence.read').catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError(EVIDENCE_NOT_FOUND) : error;
    });
    const file = await this.storage.open(row.id);
    if (!file) {
      this.logger.error(`佐证材料 ${row.id}（${row.fileName}）的文件不在 ${this.storage.pathOf(row.id)}`);
      throw new NotFoundError('佐证材料的文件在服务器上找不到，请联系系统管理员从备份恢复');
    }
    return { fileName: row.fileName, mimeType: row.mimeType, size: file.size, stream: file.stream };
  }
}

/** While 销号 is under review the reviewer judges a fixed set of files; once 已销号 the record is closed. */
function assertEvidenceOpen(item: Pick<ItemEntity, 'signoff'>): void {
  if (item.signoff === 'pending') throw new RuleViolationError('销号申请审核期间不能更改佐证材料');
  if (item.signoff === 'approved') throw new RuleViolationError('事项已销号，不能再上传佐证材料；如需补充，请先经“回头看”重新整改');
}

async function assertProgressOf(manager: EntityManager, itemId: string, progressId: string): Promise<void> {
  const entry = await manager.getRepository(ProgressEntryEntity).findOneBy({ id: progressId });
  if (!entry || entry.itemId !== itemId) {
    throw new RuleViolationError('所选的整改进展不存在或不属于该事项', [{ path: 'progressId', message: '所选的整改进展不存在或不属于该事项' }]);
  }
}
