/**
 * Query keys in one place, so one feature can refresh another's data (a saved item refreshes the
 * board) without importing that feature's internals.
 */
import type { BoardFilters } from '@rectify/shared';

export const queryKeys = {
  boards: ['board'] as const,
  board: (filters: BoardFilters) => ['board', filters] as const,
  items: ['item'] as const,
  item: (id: string) => ['item', id] as const,
  departments: ['departments'] as const,
  dictionaries: ['dictionaries'] as const,
  settings: ['settings'] as const,
  session: ['session'] as const,
  users: ['users'] as const,
  history: (id: string) => ['item', id, 'history'] as const,
  reports: ['report'] as const,
  report: (query: Record<string, unknown>) => ['report', query] as const,
  dashboards: ['dashboard'] as const,
  dashboard: (filters: BoardFilters) => ['dashboard', filters] as const,
  /** 待办: what waits for the signed-in user; every lifecycle step or move may change it. */
  worklist: ['worklist'] as const,
  openSupervisions: ['supervisions', 'open'] as const,
  /** Whether the board still waits for its first administrator (初始化). */
  setup: ['setup'] as const,
};
