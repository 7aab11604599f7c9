import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DICTIONARY_KIND_LABELS,
  DICTIONARY_KINDS,
  type Dictionaries,
  type DictionaryEntry,
  type DictionaryEntryRequest,
  type DictionaryKind,
  type UpdateDictionaryEntryRequest,
} from '@rectify/shared';
import { Repository, type EntityManager } from 'typeorm';
import { NotFoundError, RuleViolationError } from '../common/domain-errors.js';
import { fieldChanges, recordAdminChange, type AdminAuthor } from '../admin-log/admin-log-chain.js';
import { WriteQueue } from '../database/write-queue.js';
import { DictionaryEntryEntity } from './dictionary-entry.entity.js';

const FIELD_OF_KIND: Record<DictionaryKind, string> = { source: 'source', category: 'category', cause_tag: 'causeTags' };

/** The lists items draw their 来源, 类别 and 原因分析维度 from. Entries are retired, never renamed or deleted. */
@Injectable()
export class DictionariesService {
  constructor(
    @InjectRepository(DictionaryEntryEntity) private readonly entries: Repository<DictionaryEntryEntity>,
    private readonly writeQueue: WriteQueue,
  ) {}

  async all(): Promise<Dictionaries> {
    const rows = await this.entries.find({ order: { sortOrder: 'ASC', name: 'ASC' } });
    return Object.fromEntries(
      DICTIONARY_KINDS.map((kind) => [kind, rows.filter((r) => r.kind === kind).map((r) => ({ ...r, active: !!r.active }))]),
    ) as Dictionaries;
  }

  create(request: DictionaryEntryRequest, author: AdminAuthor): Promise<DictionaryEntry> {
    return this.writeQueue.run((manager) => this.createIn(manager, request, author));
  }

  /**
   * Inside the caller's transaction (a 台账 import creates the entries its rows name, all or nothing);
   * recorded in the admin log in that same transaction.
   */
  async createIn(manager: EntityManager, request: DictionaryEntryRequest, author: AdminAuthor): Promise<DictionaryEntry> {
    const repository = manager.getRepository(DictionaryEntryEntity);
    if (await repository.existsBy({ kind: request.kind, name: request.name })) {
      throw new RuleViolationError(`${DICTIONARY_KIND_LABELS[request.kind]}「${request.name}」已存在`, [{ path: 'name', message: '名称已存在' }]);
    }
    if (request.codeLetters && (await repository.existsBy({ kind: 'source', codeLetters: request.codeLetters }))) {
      throw new RuleViolationError(`编号字母 ${request.codeLetters} 已被其他问题来源使用`, [{ path: 'codeLetters', message: '编号字母已被使用' }]);
    }
    const last = await repository.findOne({ where: { kind: request.kind }, order: { sortOrder: 'DESC' } });
    const entry = { id: randomUUID(), ...request, active: true, sortOrder: (last?.sortOrder ?? 0) + 10 };
    await repository.insert(entry);
    await recordAdminChange(manager, author, {
      kind: 'dictionary.created',
      targetId: entry.id,
      targetName: `${DICTIONARY_KIND_LABELS[entry.kind]}「${entry.name}」`,
      before: null,
      after: { kind: entry.kind, name: entry.name, codeLetters: entry.codeLetters },
    });
    return entry;
  }

  update(id: string, request: UpdateDictionaryEntryRequest, author: AdminAuthor): Promise<DictionaryEntry> {
    return this.writeQueue.run(async (manager) => {
      const repository = manager.getRepository(DictionaryEntryEntity);
      const current = await repository.findOneBy({ id });
      if (!current) throw new NotFoundError('字典项不存在');
      const next = { ...current, ...request };
      await repository.update({ id }, next);
      const changes = fieldChanges({ ...current, active: !!current.active }, { ...next, active: !!next.active }, ['active', 'sortOrder']);
      if (changes)
        await recordAdminChange(manager, author, {
          kind: 'dictionary.updated',
          targetId: id,
          targetName: `${DICTIONARY_KIND_LABELS[current.kind]}「${current.name}」`,
          ...changes,
        });
      return { ...next, active: !!next.active };
    });
  }

  /**
   * Refuses a 来源 or 类别 that is not an active dictionary entry. Values an item already had stay
   * acceptable after their entry is retired, so old items remain editable.
   */
  async assertOffered(
    manager: EntityManager,
    values: Partial<Record<DictionaryKind, string | string[]>>,
    alreadyHad: Partial<Record<DictionaryKind, string | string[]>> = {},
  ): Promise<void> {
    const repository = manager.getRepository(DictionaryEntryEntity);
    for (const [kind, given] of Object.entries(values) as Array<[DictionaryKind, string | string[] | undefined]>) {
      const had = [alreadyHad[kind] ?? []].flat();
      for (const name of [given ?? []].flat()) {
        if (had.includes(name) || (await repository.existsBy({ kind, name, active: true }))) continue;
        throw new RuleViolationError(`${DICTIONARY_KIND_LABELS[kind]}「${name}」不在字典中，请从列表中选择`, [
          { path: FIELD_OF_KIND[kind], message: `请从列表中选择${DICTIONARY_KIND_LABELS[kind]}` },
        ]);
      }
    }
  }

  /** Sources with their 编号 letters, for numbering new items. */
  sourceCodes(manager: EntityManager): Promise<Array<{ name: string; codeLetters: string | null }>> {
    return manager.getRepository(DictionaryEntryEntity).find({ select: { name: true, codeLetters: true }, where: { kind: 'source' } });
  }
}
