/**
 * Reading board cards cheaply: which columns a card is made of, the raw row → card source mapping,
 * and each column's order with its keyset cursor. The order expressions are those of the indexes in
 * migration 1764350000000; change one, change the other.
 */
import type { BoardCardSource, ColumnKey } from '@rectify/shared';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { InvalidRequestError } from '../common/domain-errors.js';
import type { ItemEntity } from './item.entity.js';

/** The stored columns a card is made of (BoardCardSource), plus what the lights and cursors read. */
export const CARD_COLUMNS = [
  'id',
  'code',
  'title',
  'status',
  'version',
  'source',
  'category',
  'scope',
  'person',
  'departmentId',
  'coDepartmentIds',
  'measures',
  'leader',
  'rectifyType',
  'deadline',
  'stageGoal',
  'nextReviewDate',
  'owner',
  'completion',
  'causeAnalysis',
  'evidenceCount',
  'signoff',
  'signoffStage',
  'reviewRequirement',
  'round',
  'deadlineChanges',
  'extension',
  'openSupervisionCount',
  'closedVia',
  'dueDate',
  'updatedAt',
] as const;

type JsonColumn = 'measures' | 'coDepartmentIds' | 'extension';
/** A raw row: JSON columns still as text, numbers possibly as strings (PostgreSQL). */
export type CardRow = Omit<BoardCardSource, JsonColumn> & Record<JsonColumn, string | null> & { dueDate: string | null; updatedAt: string };

export function cardSourceOf(row: CardRow): BoardCardSource {
  return {
    ...row,
    version: Number(row.version),
    evidenceCount: Number(row.evidenceCount),
    round: Number(row.round),
    deadlineChanges: Number(row.deadlineChanges),
    openSupervisionCount: Number(row.openSupervisionCount),
    measures: row.measures ? (JSON.parse(row.measures) as BoardCardSource['measures']) : [],
    coDepartmentIds: row.coDepartmentIds ? (JSON.parse(row.coDepartmentIds) as string[]) : [],
    extension: row.extension ? (JSON.parse(row.extension) as BoardCardSource['extension']) : null,
  };
}

/** Where a card sits in its column's order: [group (0 first), the value ordered on, 编号]. */
type SortKey = [0 | 1, string | null, string];

export interface ColumnSort {
  order(query: SelectQueryBuilder<ItemEntity>): void;
  after(query: SelectQueryBuilder<ItemEntity>, key: SortKey): void;
  keyOf(row: CardRow): SortKey;
}

/** Open columns: dated cards first, nearest due date first, undated last; then by 编号. */
export const OPEN_SORT: ColumnSort = {
  order: (query) => query.orderBy('(item.dueDate IS NULL)', 'ASC').addOrderBy('item.dueDate', 'ASC').addOrderBy('item.code', 'ASC'),
  after: (query, [undated, due, code]) => {
    if (undated || due === null) query.andWhere('item.dueDate IS NULL AND item.code > :afterCode', { afterCode: code });
    else
      query.andWhere(
        new Brackets((q) =>
          q.where('item.dueDate IS NULL').orWhere('item.dueDate > :afterDue').orWhere('(item.dueDate = :afterDue AND item.code > :afterCode)'),
        ),
        { afterDue: due, afterCode: code },
      );
  },
  keyOf: (row) => [row.dueDate === null ? 1 : 0, row.dueDate, row.code],
};

/** 销号: applications awaiting review first (the column's work still to do), then the most recently changed. */
export const CLOSED_SORT: ColumnSort = {
  order: (query) => query.orderBy("(item.signoff <> 'pending')", 'ASC').addOrderBy('item.updatedAt', 'DESC').addOrderBy('item.code', 'ASC'),
  after: (query, [done, at, code]) => {
    const later = new Brackets((q) => q.where('item.updatedAt < :afterAt').orWhere('(item.updatedAt = :afterAt AND item.code > :afterCode)'));
    const params = { afterAt: at ?? '', afterCode: code };
    if (done) query.andWhere("item.signoff <> 'pending'").andWhere(later, params);
    else query.andWhere(new Brackets((q) => q.where("item.signoff <> 'pending'").orWhere(later)), params);
  },
  keyOf: (row) => [row.signoff === 'pending' ? 0 : 1, row.updatedAt, row.code],
};

export function sortOf(column: ColumnKey): ColumnSort {
  return column === 'closed' ? CLOSED_SORT : OPEN_SORT;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): SortKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (Array.isArray(key) && key.length === 3 && (key[0] === 0 || key[0] === 1) && (key[1] === null || typeof key[1] === 'string') && typeof key[2] === 'string')
    return key as SortKey;
  throw new InvalidRequestError('分页位置无效，请刷新看板');
}
