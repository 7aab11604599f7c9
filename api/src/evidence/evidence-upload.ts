import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Inject, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { EVIDENCE_LIMITS } from '@rectify/shared';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { ThrottledError } from '../common/domain-errors.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { EvidenceStorage } from './evidence-storage.js';
import { EvidenceService } from './evidence.service.js';

/** Room for the form around the file (boundaries, part headers, progressId, note). */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const RECEIVER = Symbol('evidence receiver');
type UploadRequest = Request & AuthenticatedRequest & { [RECEIVER]?: EvidenceStorage };

/**
 * Runs before multer reads a byte of the body: refuses an upload the service would refuse anyway
 * (unknown or foreign item 404, no right 403, item under 销号 review or closed 422, a declared size
 * over the limit 413) and holds the number of uploads received at once to UPLOAD_CONCURRENCY (429
 * beyond it). Fifty large uploads to a closed item thus cost fifty quick answers, not a gigabyte read.
 */
@Injectable()
export class EvidenceUploadGate implements NestInterceptor {
  private receiving = 0;
  private readonly limit: number;

  constructor(
    private readonly evidence: EvidenceService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limit = config.uploadConcurrency ?? 8;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<UploadRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    await this.evidence.assertUploadAllowed(String(request.params.id), request.actor!);
    if (Number(request.headers['content-length']) > EVIDENCE_LIMITS.maxFileBytes + FORM_OVERHEAD_BYTES) {
      throw new PayloadTooLargeException('declared body too large');
    }
    if (this.receiving >= this.limit) throw new ThrottledError('服务器正在接收较多上传，请稍后再上传这份佐证材料');
    this.receiving++;
    // 'close' comes once the answer is sent or the client has gone: either way the slot is free.
    response.once('close', () => this.receiving--);
    request[RECEIVER] = this.evidence.storage;
    return next.handle();
  }
}

interface MulterFile {
  stream: Readable;
  path?: string;
}

/**
 * A multer storage engine that streams the file into EvidenceStorage's temporary folder (never into
 * memory); multer calls `_removeFile` when it gives up on a request after the file was stored.
 */
export const temporaryFileStorage = {
  _handleFile(request: UploadRequest, file: MulterFile, done: (error: unknown, info?: object) => void): void {
    const storage = request[RECEIVER];
    if (!storage) return done(new Error('EvidenceUploadGate must run before the upload is parsed'));
    storage.receive(file.stream).then((received) => done(null, received), done);
  },
  _removeFile(_request: UploadRequest, file: MulterFile, done: (error: unknown) => void): void {
    if (!file.path) return done(null);
    rm(file.path, { force: true }).then(() => done(null), done);
  },
};
