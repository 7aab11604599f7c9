import type { EntityManager } from 'typeorm';
import { appendEvents, type EventAuthor, type NewItemEvent } from '../history/item-history.js';

/**
 * The demo office's history, gathered from every demo seeder and written in the order things
 * happened: the chain's order (seq) is what the drawer's timeline shows, so a file uploaded before an
 * application must also be chained before it, whichever seeder made it.
 */
export class DemoHistory {
  private readonly entries: Array<{ author: EventAuthor; event: NewItemEvent }> = [];

  add(author: EventAuthor, events: readonly NewItemEvent[]): void {
    for (const event of events) this.entries.push({ author, event });
  }

  /** When an item's latest event of `kind` happened, if it has one yet. */
  latest(itemId: string, kind: NewItemEvent['kind']): string | null {
    const times = this.entries.filter((e) => e.event.itemId === itemId && e.event.kind === kind).map((e) => e.event.at);
    return times.length ? times.sort().at(-1)! : null;
  }

  /** Appends everything in time order (stable for equal times), one batch per run of the same author. */
  async write(manager: EntityManager): Promise<void> {
    const ordered = [...this.entries].sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : 0));
    let run: typeof ordered = [];
    for (const entry of ordered) {
      if (run.length && run[0].author !== entry.author) {
        await appendEvents(
          manager,
          run[0].author,
          run.map((e) => e.event),
        );
        run = [];
      }
      run.push(entry);
    }
    if (run.length)
      await appendEvents(
        manager,
        run[0].author,
        run.map((e) => e.event),
      );
  }
}
