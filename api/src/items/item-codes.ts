import { codePrefix, formatCode, officeToday } from '@rectify/shared';
import { Like, type EntityManager } from 'typeorm';
import { portableQuery } from '../database/write-lock.js';
import { ItemEntity } from './item.entity.js';

/**
 * The next free 编号 for this source in the current (China-time) year, e.g. 2026-XC-004. The sequence
 * comes from the prefix's counter row, raised and read in one statement (INSERT … ON CONFLICT DO
 * UPDATE … RETURNING: SQLite ≥ 3.35 and PostgreSQL), so two writers never get the same number. An
 * imported 台账 brings its own 编号 and may overtake the counter: a number found taken moves the
 * counter past the highest one in use, as numbering continued before. Numbers `reserved` by the
 * caller (the same import's own 编号) are skipped. Call inside the write queue.
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
    if (reserved.has(code)) continue;
    if (!(await manager.getRepository(ItemEntity).existsBy({ code }))) return code;
    const taken = await manager.getRepository(ItemEntity).find({ select: { code: true }, where: { code: Like(`${prefix}%`) } });
    const highest = taken.reduce((max, { code: used }) => Math.max(max, Number(used.slice(prefix.length)) || 0), 0);
    await portableQuery(manager, `UPDATE item_code_counters SET "lastSequence" = ? WHERE prefix = ? AND "lastSequence" < ?`, [highest, prefix, highest]);
  }
}
