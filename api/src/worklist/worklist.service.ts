import { Injectable } from '@nestjs/common';
import { WORK_KINDS, workFor, type Actor, type WorklistEntry, type WorklistResponse } from '@rectify/shared';
import { ItemSearch, searchScopeOf } from '../items/item-search.js';

/** 待办: the items whose next step is the signed-in user's, grouped by what they wait for. */
@Injectable()
export class WorklistService {
  constructor(private readonly search: ItemSearch) {}

  async forActor(actor: Actor): Promise<WorklistResponse> {
    const candidates = await this.search.awaitingWork(searchScopeOf(actor, 'item.read'), new Date());
    const entries: WorklistEntry[] = candidates.flatMap((item) => workFor(actor, item).map((kind) => ({ kind, item })));
    // Stable sort: within a kind the search's oldest-first order stays.
    entries.sort((a, b) => WORK_KINDS.indexOf(a.kind) - WORK_KINDS.indexOf(b.kind));
    return { entries };
  }
}
