import { codePrefix, formatCode, officeToday } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { portableQuery } from '../database/write-lock.js';
import { ItemEntity } from './item.entity.js';

/**
 * The next free 编号 for this source in the current (China-time) year, e.g. 2026-XC-004. The sequence
 * comes from the prefix's counter row, raised and read in one statement (INSERT … ON CONFLICT DO
 * UPDATE … RETURNING: SQLite ≥ 3.35 and PostgreSQL), so two writers never get the same number. A
 * number already taken (an imported 台账 brings its own 编号) or `reserved` by the caller is skipped.
 * Call inside the write queue.
 */
export async function nextItemCode(
  manager: EntityManager,
  source: string,
  sources: ReadonlyArray<{ name: string; codeLetters: string | null }>,
  now: Date,
  reserved: ReadonlySet<string> = new Set(),
): Promise<string> {
  const prefix = codePrefix(Number(officeToday(now).slice(0, 4)), source, sources);
  for (;;) {
    const [{ lastSequence }] = await portableQuery<{ lastSequence: number }>(
      manager,
      `INSERT INTO item_code_counters (prefix, "lastSequence") VALUES (?, 1)
       ON CONFLICT (prefix) DO UPDATE SET "lastSequence" = item_code_counters."lastSequence" + 1
       RETURNING "lastSequence"`,
      [prefix],
    );
    const code = formatCode(prefix, Number(lastSequence));
    if (!reserved.has(code) && !(await manager.getRepository(ItemEntity).existsBy({ code }))) return code;
  }
}
