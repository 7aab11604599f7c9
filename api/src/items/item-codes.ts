import { codePrefix, formatCode, officeToday } from '@rectify/shared';
import { Like, type EntityManager } from 'typeorm';
import { ItemEntity } from './item.entity.js';

/** The next free 编号 for this source in the current (China-time) year, e.g. 2026-XC-004. Call inside the write queue. */
export async function nextItemCode(
  manager: EntityManager,
  source: string,
  sources: ReadonlyArray<{ name: string; codeLetters: string | null }>,
  now: Date,
): Promise<string> {
  const prefix = codePrefix(Number(officeToday(now).slice(0, 4)), source, sources);
  const taken = await manager.getRepository(ItemEntity).find({ select: { code: true }, where: { code: Like(`${prefix}%`) } });
  const highest = taken.reduce((max, { code }) => Math.max(max, Number(code.slice(prefix.length)) || 0), 0);
  return formatCode(prefix, highest + 1);
}
