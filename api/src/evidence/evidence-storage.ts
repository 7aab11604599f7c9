import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files of 佐证材料 under `<filesPath>/evidence/<id>` (the id, never the user's file name, so
 * no name can reach outside the folder). A new file is written under `<filesPath>/tmp` first and
 * renamed into place only as the last step of the database transaction that records it.
 */
export class EvidenceStorage {
  constructor(private readonly root: string) {}

  pathOf(id: string): string {
    return join(this.root, 'evidence', id);
  }

  /** Writes the bytes to a temporary file and returns its path. */
  async writeTemporary(id: string, data: Buffer): Promise<string> {
    const folder = join(this.root, 'tmp');
    await mkdir(folder, { recursive: true });
    const path = join(folder, `${id}.part`);
    await writeFile(path, data, { flag: 'wx' });
    return path;
  }

  async moveIntoPlace(temporary: string, id: string): Promise<void> {
    await mkdir(join(this.root, 'evidence'), { recursive: true });
    await rename(temporary, this.pathOf(id));
  }

  /** Removes what an upload that failed may have left; never throws. */
  async discard(...paths: string[]): Promise<void> {
    await Promise.all(paths.map((path) => rm(path, { force: true }).catch(() => undefined)));
  }

  async open(id: string): Promise<{ stream: ReadStream; size: number } | null> {
    const path = this.pathOf(id);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return { stream: createReadStream(path), size: info.size };
  }
}
