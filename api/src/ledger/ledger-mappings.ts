import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ledgerHeaderKey, ledgerMappingSchema, type Actor, type LedgerMapping } from '@rectify/shared';
import { Repository } from 'typeorm';
import { WriteQueue } from '../database/write-queue.js';
import { LedgerMappingEntity } from './ledger-mapping.entity.js';

/** Confirmed mappings, by the file's headers: the next file laid out the same way is pre-mapped. */
@Injectable()
export class LedgerMappings {
  constructor(
    @InjectRepository(LedgerMappingEntity) private readonly mappings: Repository<LedgerMappingEntity>,
    private readonly writeQueue: WriteQueue,
  ) {}

  async find(header: ReadonlyArray<string | null>): Promise<LedgerMapping | null> {
    const row = await this.mappings.findOneBy({ id: idOf(header) });
    if (!row) return null;
    // A mapping saved by an older version that no longer parses is simply not offered.
    const parsed = ledgerMappingSchema.safeParse(JSON.parse(row.mapping));
    return parsed.success ? parsed.data : null;
  }

  /** Saves the mapping of a successful import (counts of rows left out: they describe one file). */
  async remember(header: ReadonlyArray<string | null>, mapping: LedgerMapping, actor: Actor): Promise<void> {
    const values = Object.fromEntries(Object.entries(mapping.values).map(([kind, list]) => [kind, list.map(({ rows: _rows, ...v }) => v)]));
    const row = {
      id: idOf(header),
      headerKey: ledgerHeaderKey(header),
      mapping: JSON.stringify({ ...mapping, values }),
      savedById: actor.id,
      savedByName: actor.displayName,
      savedAt: new Date().toISOString(),
    };
    await this.writeQueue.run((manager) => manager.getRepository(LedgerMappingEntity).upsert(row, ['id']));
  }
}

function idOf(header: ReadonlyArray<string | null>): string {
  return createHash('sha256').update(ledgerHeaderKey(header)).digest('hex');
}
