/** Under the item's key, so refreshing an item refreshes its files and log too. */
export const evidenceKeys = {
  evidence: (itemId: string) => ['item', itemId, 'evidence'] as const,
  progress: (itemId: string) => ['item', itemId, 'progress'] as const,
};
