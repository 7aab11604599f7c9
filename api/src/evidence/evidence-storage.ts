import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StorageUnavailableError } from '../common/domain-errors.js';
import { storageProblemOf } from '../common/storage-errors.js';

/** A file as received: on disk under `<filesPath>/tmp`, with its size and SHA-256 taken on the way. */
export interface ReceivedFile {
  path: string;
  size: number;
  sha256: string;
}

/**
 * The files of 佐证材料 under `<filesPath>/evidence/<id>` (the id, never the user's file name, so
 * no name can reach outside the folder). A new file is streamed to `<filesPath>/tmp` first and
 * renamed into place only as the last step of the database transaction that records it; whatever
 * fails on the way removes the temporary file, and the board clears the folder when it starts.
 */
export class EvidenceStorage {
  constructor(private readonly root: string) {}

  private get temporaryFolder(): string {
    return join(this.root, 'tmp');
  }

  pathOf(id: string): string {
    return join(this.root, 'evidence', id);
  }

  /** Where received bytes are written (replaced in tests to make the disk fill half way). */
  openTemporaryFile(path: string): Writable {
    return createWriteStream(path, { flags: 'wx' });
  }

  /**
   * Streams an upload into a new temporary file, hashing it as it goes; never holds the file in
   * memory. On any failure (the client went away, the disk filled) the partial file is removed;
   * a full disk or a folder that cannot be written becomes a 503 that says so.
   */
  async receive(source: Readable): Promise<ReceivedFile> {
    await mkdir(this.temporaryFolder, { recursive: true }).catch(asStorageError);
    const path = join(this.temporaryFolder, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        // The client going away ends the write too; the upload parser hears of it on its own.
        source.once('error', (error) => measure.destroy(error));
        source.once('close', () => source.readableEnded || measure.destroy(new Error('上传中断')));
        source.pipe(measure);
        pipeline(measure, this.openTemporaryFile(path)).then(resolve, reject);
      });
    } catch (error) {
      // The source is left alone (drained, not destroyed): destroying it would let the parser answer
      // before the partial file below is gone.
      source.unpipe(measure);
      source.resume();
      await this.discard(path);
      asStorageError(error);
    }
    return { path, size, sha256: hash.digest('hex') };
  }

  async moveIntoPlace(temporary: string, id: string): Promise<void> {
    await mkdir(join(this.root, 'evidence'), { recursive: true });
    await rename(temporary, this.pathOf(id));
  }

  /** Removes what an upload that failed may have left; never throws. */
  async discard(...paths: Array<string | undefined>): Promise<void> {
    await Promise.all(paths.filter((path): path is string => !!path).map((path) => rm(path, { force: true }).catch(() => undefined)));
  }

  /** At start no upload is under way: everything in the temporary folder was left by a crash. */
  async clearTemporary(): Promise<number> {
    const names = await readdir(this.temporaryFolder).catch(() => [] as string[]);
    await this.discard(...names.map((name) => join(this.temporaryFolder, name)));
    return names.length;
  }

  async open(id: string): Promise<{ stream: ReadStream; size: number } | null> {
    const path = this.pathOf(id);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return { stream: createReadStream(path), size: info.size };
  }
}

/** Rethrows a file-system error, as a StorageUnavailableError (503) when it is about space or permission. */
function asStorageError(error: unknown): never {
  const problem = storageProblemOf(error);
  throw problem ? new StorageUnavailableError(problem) : error;
}
