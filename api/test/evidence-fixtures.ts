/** Small real files of each accepted kind, and helpers the evidence and progress tests share. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { ItemView } from '@rectify/shared';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { APP_CONFIG } from '../src/config/config.module.js';
import type { AppConfig } from '../src/config/app-config.js';
import { demoPdf } from '../src/demo/demo-evidence.js';
import { EvidenceFileEntity } from '../src/evidence/evidence-file.entity.js';
import { ItemEventEntity } from '../src/history/item-event.entity.js';
import { ItemEntity } from '../src/items/item.entity.js';
import { ProgressEntryEntity } from '../src/evidence/progress-entry.entity.js';
import type { TestApp } from './test-app.js';

export const pdfFile = () => demoPdf('整改完成情况佐证', ['测试用佐证材料。']);

/** A 1×1 PNG. */
export const pngFile = () =>
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082', 'hex');

/** JPEG start-of-image, a JFIF APP0 segment and end-of-image: what the magic bytes look at. */
export const jpgFile = () => Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(64), Buffer.from('ffd9', 'hex')]);

export async function docxFile(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('整改完成情况说明')] }] }));
}

export async function xlsxFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('整改台账').addRow(['编号', '完成情况']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The header of an OLE2 compound file (what .doc and .xls are) and padding. */
export const ole2File = () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024 - 8)]);

/** A plain zip holding one text file: neither a .docx nor a .xlsx. */
export function zipFile(): Buffer {
  const name = Buffer.from('说明.txt');
  const data = Buffer.from('整改材料打包');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

export function filesPathOf(t: TestApp): string {
  return t.app.get<AppConfig>(APP_CONFIG).filesPath;
}

/** Every file under the files folder (stored and temporary). */
export function storedFiles(t: TestApp): string[] {
  const root = filesPathOf(t);
  const walk = (folder: string): string[] => {
    try {
      return readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)]));
    } catch {
      return [];
    }
  };
  return walk(root).sort();
}

/** What "nothing changed" compares: the item row, its evidence and progress rows, the history length, the files on disk. */
export async function snapshotOf(t: TestApp, itemId: string) {
  return {
    item: await t.dataSource.getRepository(ItemEntity).findOneBy({ id: itemId }),
    evidence: await t.dataSource.getRepository(EvidenceFileEntity).find({ where: { itemId }, order: { id: 'ASC' } }),
    progress: await t.dataSource.getRepository(ProgressEntryEntity).find({ where: { itemId }, order: { id: 'ASC' } }),
    events: await t.dataSource.getRepository(ItemEventEntity).count(),
    files: storedFiles(t),
  };
}

/** An item of 政策法规处 moved by the leader into 整改中 (all gates met except evidence). */
export async function itemInProgress(t: TestApp): Promise<ItemView> {
  let item = await t.createItem({ departmentId: t.departments.policy, leader: '李卫东', measures: [{ content: '修订学习制度' }] });
  for (const [to, changes] of [
    ['measures', {}],
    ['deadline', { rectifyType: 'time_limited', deadline: '2030-12-31' }],
    ['in_progress', { owner: '赵颖' }],
  ] as const) {
    const response = await t.leader.post(`/api/items/${item.id}/move`).send({ to, version: item.version, changes });
    if (response.status !== 200) throw new Error(`移动失败 ${response.status}: ${JSON.stringify(response.body)}`);
    item = response.body;
  }
  return item;
}
