import { randomUUID } from 'node:crypto';
import { open, statfs, unlink, writeFile } from 'node:fs/promises';
import { storageProblemOf, type StorageProblem } from '../common/storage-errors.js';

/** Below this much free space a write is refused before it half-fills the disk. */
const MIN_FREE_BYTES = 1024 * 1024;
const PROBE_BYTES = Buffer.alloc(16 * 1024);

/**
 * Can the board write its data right now? Opens the database files for writing and writes a small
 * file in each data folder, as the service's own user: file permissions, a read-only mount and a full
 * disk all show up here, with the errno that names them (SQLite's own errors often say only "I/O error").
 */
export class StorageProbe {
  constructor(
    private readonly folders: readonly string[],
    private readonly files: readonly string[],
  ) {}

  async problem(): Promise<StorageProblem | null> {
    for (const file of this.files) {
      const found = await open(file, 'r+').then(
        (handle) => handle.close().then(() => null),
        (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : (storageProblemOf(error) ?? 'io_error')),
      );
      if (found) return found;
    }
    for (const folder of this.folders) {
      const probe = `${folder}/.rectify-write-probe-${randomUUID()}`;
      const found = await writeFile(probe, PROBE_BYTES, { flag: 'wx' }).then(
        () => null,
        (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : (storageProblemOf(error) ?? 'io_error')),
      );
      await unlink(probe).catch(() => undefined);
      if (found) return found;
      const space = await statfs(folder).catch(() => null);
      if (space && space.bavail * space.bsize < MIN_FREE_BYTES) return 'disk_full';
    }
    return null;
  }
}
