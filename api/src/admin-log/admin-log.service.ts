import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AdminEventView, AdminLogPage, AdminLogVerification } from '@rectify/shared';
import { MoreThan, Repository } from 'typeorm';
import { AdminEventEntity } from './admin-event.entity.js';
import { ADMIN_GENESIS_HASH, adminEventHash } from './admin-log-chain.js';

const BATCH = 1000;

/** A stored JSON column as a value, or undefined when the text is not what the application wrote. */
function parseStored(text: string | null): Record<string, unknown> | null | undefined {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

@Injectable()
export class AdminLogService {
  constructor(@InjectRepository(AdminEventEntity) private readonly events: Repository<AdminEventEntity>) {}

  /** Newest first, a page at a time. */
  async page(limit: number, offset: number): Promise<AdminLogPage> {
    const [rows, total] = await this.events.findAndCount({ order: { seq: 'DESC' }, take: limit, skip: offset });
    return { entries: rows.map(toView), total };
  }

  /** One pass over the chain: the first entry whose content or link does not match breaks it. */
  async verify(): Promise<AdminLogVerification> {
    let prevHash = ADMIN_GENESIS_HASH;
    let checked = 0;
    let lastSeq = 0;
    for (;;) {
      const batch = await this.events.find({ where: { seq: MoreThan(lastSeq) }, order: { seq: 'ASC' }, take: BATCH });
      for (const event of batch) {
        if (event.prevHash !== prevHash)
          return { ok: false, checked, firstBroken: { seq: event.seq, problem: '与前一条记录的链接不符：其前有记录被删除、插入或改动' } };
        if (adminEventHash(event) !== event.hash)
          return { ok: false, checked, firstBroken: { seq: event.seq, problem: '记录内容与其哈希不符：该条记录被改动' } };
        prevHash = event.hash;
        checked++;
      }
      if (batch.length < BATCH) return { ok: true, checked };
      lastSeq = batch[batch.length - 1].seq;
    }
  }
}

function toView(row: AdminEventEntity): AdminEventView {
  const view = { seq: row.seq, at: row.at, actor: row.actor, kind: row.kind as AdminEventView['kind'], targetName: row.targetName };
  const [before, after] = [parseStored(row.before), parseStored(row.after)];
  if (before === undefined || after === undefined) return { ...view, before: null, after: null, unreadable: true };
  return { ...view, before, after };
}
