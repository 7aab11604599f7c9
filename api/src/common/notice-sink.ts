import type { NotificationMessage, Recipients } from '@rectify/shared';
import type { EntityManager } from 'typeorm';

/**
 * Where a write sends its notices, inside the write's transaction (a rolled-back write announces
 * nothing). The notifications module provides it; writers depend on this port, not on that module,
 * so the item's write path does not import the notifications feature (which reads items).
 */
export interface NoticeSink {
  notify(manager: EntityManager, recipients: Recipients, message: NotificationMessage, at?: string): Promise<string[]>;
}

export const NOTICE_SINK = Symbol('NoticeSink');
