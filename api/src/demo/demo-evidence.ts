/**
 * 佐证材料 and 整改进展 for the demo office. Every closed demo item counts one evidence file (the 销号
 * gate asks for it, demo-seeder.ts), so each gets a real, small PDF in the files folder with its row;
 * items in 整改中 get a few dated progress entries, the latest with a meeting-minutes PDF attached.
 * Wording after the party-building summaries in /work/shared/guide/seeds.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EVIDENCE_TYPES, officeToday } from '@rectify/shared';
import type { EntityManager } from 'typeorm';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity.js';
import type { EvidenceStorage } from '../evidence/evidence-storage.js';
import type { EventAuthor, NewItemEvent } from '../history/item-history.js';
import { ItemEntity } from '../items/item.entity.js';
import { ProgressEntryEntity } from '../evidence/progress-entry.entity.js';
import type { DemoHistory } from './demo-history.js';

/** Progress entries, oldest first; each 整改中 item gets two or three of them. */
const PROGRESS_TEXTS = [
  '召开专题会议研究部署整改工作，对照问题逐条制定整改方案，明确责任分工和完成时限。',
  '组织开展专题学习2次、集中研讨1次，各支部对照问题深入检视，形成问题清单和整改台账。',
  '修订完善相关制度2项，已提交党组会议研究审定；同步开展“回头看”自查，未发现新的同类问题。',
  '通过设立意见箱、召开征求意见座谈会等方式听取党员干部意见建议12条，已逐条梳理落实。',
  '对照整改措施逐项销账，已完成措施3项，剩余1项正在推进，预计按期完成。',
];

export interface DemoEvidenceCounts {
  files: number;
  progress: number;
}

/** Writes the files and their rows, the progress log and the history events; inside the seeder's transaction. */
export async function seedDemoEvidence(
  manager: EntityManager,
  storage: EvidenceStorage,
  author: EventAuthor,
  now: Date,
  history: DemoHistory,
): Promise<DemoEvidenceCounts> {
  const items = await manager.getRepository(ItemEntity).find({ order: { code: 'ASC' } });
  const files: EvidenceFileEntity[] = [];
  const entries: ProgressEntryEntity[] = [];
  const events: NewItemEvent[] = [];
  const lastDates = new Map<string, string>();

  const addFile = async (item: ItemEntity, fileName: string, data: Buffer, at: string, progressId: string | null) => {
    const row: EvidenceFileEntity = {
      id: randomUUID(),
      itemId: item.id,
      progressId,
      fileName,
      size: data.length,
      mimeType: EVIDENCE_TYPES.pdf.mime,
      sha256: createHash('sha256').update(data).digest('hex'),
      note: null,
      round: item.round,
      uploadedById: null,
      uploadedByName: item.owner ?? author.displayName,
      uploadedAt: at,
    };
    const path = storage.pathOf(row.id);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    files.push(row);
    events.push({
      itemId: item.id,
      at,
      kind: 'evidence_added',
      before: null,
      after: { evidenceId: row.id, fileName, size: row.size, sha256: row.sha256, round: row.round, progressId },
    });
  };

  let n = 0;
  for (const item of items) {
    if (item.status === 'closed') {
      // Uploaded an hour before the 销号 application it supports.
      const appliedAt = history.latest(item.id, 'signoff_applied') ?? item.closedAt ?? item.updatedAt;
      const at = new Date(new Date(appliedAt).getTime() - 3_600_000).toISOString();
      const lines = [`编号：${item.code}`, `问题：${item.title}`, `责任人：${item.owner ?? ''}`, `整改完成情况：${item.completion ?? ''}`];
      await addFile(item, `整改完成情况佐证（${item.code}）.pdf`, demoPdf('整改完成情况佐证', lines), at, null);
    }
    if (item.status !== 'in_progress') continue;
    const count = 2 + (n % 2);
    // Reported after the card reached 整改中 (its latest move), spread evenly until an hour ago.
    const since = Date.parse(history.latest(item.id, 'moved') ?? item.updatedAt);
    const span = Math.max(0, now.getTime() - 3_600_000 - since);
    for (let k = 0; k < count; k++) {
      const at = new Date(since + (span * (k + 1)) / (count + 1));
      const date = officeToday(at);
      const createdAt = at.toISOString();
      const entry: ProgressEntryEntity = {
        id: randomUUID(),
        itemId: item.id,
        date,
        text: PROGRESS_TEXTS[(n + k) % PROGRESS_TEXTS.length],
        round: item.round,
        authorId: null,
        authorName: item.owner ?? author.displayName,
        createdAt,
      };
      entries.push(entry);
      events.push({
        itemId: item.id,
        at: createdAt,
        kind: 'progress_added',
        before: null,
        after: { progressId: entry.id, date, text: entry.text, round: entry.round },
      });
      lastDates.set(item.id, date);
      if (k === count - 1 && n % 2 === 0) {
        const lines = [`编号：${item.code}`, `议题：${item.title}`, `会议日期：${date}`, `会议内容：${entry.text}`];
        await addFile(item, `专题会议纪要（${date}）.pdf`, demoPdf('整改专题会议纪要', lines), createdAt, entry.id);
      }
    }
    n++;
  }

  // Rows before events, progress before the files that point at it; chunked for SQLite's parameter limit.
  for (let i = 0; i < entries.length; i += 20) await manager.getRepository(ProgressEntryEntity).insert(entries.slice(i, i + 20));
  for (let i = 0; i < files.length; i += 20) await manager.getRepository(EvidenceFileEntity).insert(files.slice(i, i + 20));
  const perItem = new Map<string, number>();
  for (const file of files) perItem.set(file.itemId, (perItem.get(file.itemId) ?? 0) + 1);
  for (const [id, evidenceCount] of perItem) await manager.getRepository(ItemEntity).update({ id }, { evidenceCount });
  for (const [id, lastProgressDate] of lastDates) await manager.getRepository(ItemEntity).update({ id }, { lastProgressDate });
  history.add(author, events);
  return { files: files.length, progress: entries.length };
}

/**
 * A one-page A4 PDF with a title and lines of Chinese text, in the standard Adobe CJK font
 * STSong-Light (every PDF reader supplies it, so nothing is embedded). Small and valid: header,
 * objects, cross-reference table with exact offsets, trailer.
 */
export function demoPdf(title: string, lines: string[]): Buffer {
  const hex = (text: string) => `<${Array.from(text, (c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}>`;
  // Wrap long lines at 30 characters (a 14 pt line on A4 with 2.5 cm margins holds about 31).
  const wrapped = lines.flatMap((line) =>
    Array.from({ length: Math.ceil(Array.from(line).length / 30) || 1 }, (_, i) =>
      Array.from(line)
        .slice(i * 30, i * 30 + 30)
        .join(''),
    ),
  );
  const text = [
    'BT',
    `/F1 22 Tf 1 0 0 1 ${Math.round(297.5 - title.length * 11)} 760 Tm ${hex(title)} Tj`,
    ...wrapped.map((line, i) => `/F1 14 Tf 1 0 0 1 72 ${710 - i * 24} Tm ${hex(line)} Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
