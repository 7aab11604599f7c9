import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  checkMove,
  COLUMN_KEYS,
  columnIndex,
  codePrefix,
  describeRefusal,
  dueDateOf,
  formatCode,
  NEW_ITEM_LIFECYCLE,
  officeToday,
  type ColumnKey,
  type ItemFields,
} from '@rectify/shared';
import { addDays, format, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { WriteQueue } from '../database/write-queue.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { EvidenceStorage } from '../evidence/evidence-storage.js';
import type { NewItemEvent } from '../history/item-history.js';
import { ItemEntity } from '../items/item.entity.js';
import { hashPassword } from '../users/password-hasher.js';
import { UserEntity } from '../users/user.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DemoHistory } from './demo-history.js';
import { DEMO_DEPARTMENTS, DEMO_ITEMS, DEMO_UNIT, type DemoItem, type DemoLifecycle } from './demo-content.js';
import { seedDemoEvidence } from './demo-evidence.js';
import { seedSupervision } from './demo-supervision.js';

/** How many days before its last update a demo item with a lifecycle story entered its column. */
const LIFECYCLE_STORY_DAYS = 10;

/** History written by the seeder is recorded under this name, with no account behind it. */
export const DEMO_AUTHOR = { id: null, displayName: '演示数据' };

/** Fills a new, empty database with the demo office so `npm start` shows a working board. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writeQueue: WriteQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seeded = await this.writeQueue.run(async (manager) => {
      if ((await manager.getRepository(DepartmentEntity).count()) > 0) return 0;
      const departments = await seedDepartments(manager);
      await seedAccounts(manager, departments, passwordHash);
      const now = new Date();
      const history = new DemoHistory();
      const count = await seedItems(manager, DEMO_ITEMS, departments, now, history);
      await seedDemoEvidence(manager, new EvidenceStorage(this.config.filesPath), DEMO_AUTHOR, now, history);
      await seedSupervision(manager, now, history);
      await history.write(manager);
      return count;
    });
    if (seeded) {
      const accounts = DEMO_ACCOUNTS.map((a) => a.username).join('、');
      this.logger.log(`新数据库：已写入演示单位「${DEMO_UNIT}」、${seeded} 条整改事项和演示账号 ${accounts}（密码 ${DEMO_PASSWORD}）`);
    }
  }
}

/** Inserts the demo departments and returns their ids by name. */
export async function seedDepartments(manager: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const d of DEMO_DEPARTMENTS) ids.set(d.name, randomUUID());
  await manager
    .getRepository(DepartmentEntity)
    .insert(DEMO_DEPARTMENTS.map((d) => ({ id: ids.get(d.name)!, name: d.name, parentId: d.parent ? ids.get(d.parent)! : null })));
  return ids;
}

/** The demo accounts; they share one password hash (the demo password is public anyway). */
async function seedAccounts(manager: EntityManager, departments: Map<string, string>, passwordHash: string): Promise<void> {
  const createdAt = new Date().toISOString();
  await manager.getRepository(UserEntity).insert(
    DEMO_ACCOUNTS.map((a) => ({
      id: randomUUID(),
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      departmentId: a.department ? departmentId(departments, a.department) : null,
      passwordHash,
      disabled: false,
      createdAt,
    })),
  );
}

/**
 * Inserts demo items with their creation and move history. Dates are relative to `now` so the demo
 * always has overdue and nearly-due cards. Each item must pass the real gates of its column.
 */
/** Inserts the items; their history goes to `history`, which the caller writes once every seeder has added to it. */
export async function seedItems(
  manager: EntityManager,
  demoItems: readonly DemoItem[],
  departments: Map<string, string>,
  now: Date,
  history: DemoHistory,
): Promise<number> {
  const accounts = new Map((await manager.getRepository(UserEntity).find()).map((u) => [u.displayName, u.id]));
  const today = parseISO(officeToday(now));
  const day = (offset: number | undefined) => (offset === undefined ? null : format(addDays(today, offset), 'yyyy-MM-dd'));
  const sequences = new Map<string, number>();
  const year = today.getFullYear();
  const items: ItemEntity[] = [];
  const events: NewItemEvent[] = [];

  demoItems.forEach((demo, index) => {
    const fields: ItemFields = {
      title: demo.title,
      description: demo.description,
      source: demo.source,
      batch: demo.batch,
      scope: demo.scope,
      person: demo.person ?? null,
      category: demo.category,
      rectifyType: demo.rectifyType ?? null,
      measures: (demo.measures ?? []).map((content) => ({ content, done: demo.status === 'closed' })),
      leader: demo.leader ?? null,
      leaderUserId: null,
      departmentId: demo.department ? departmentId(departments, demo.department) : null,
      coDepartmentIds: (demo.coDepartments ?? []).map((name) => departmentId(departments, name)),
      owner: demo.owner ?? null,
      ownerUserId: null,
      deadline: day(demo.deadlineOffsetDays),
      stageGoal: demo.stageGoal ?? null,
      nextReviewDate: day(demo.reviewOffsetDays),
      completion: demo.completion ?? null,
      causeAnalysis: demo.causeAnalysis ?? null,
      causeTags: demo.causeTags ?? [],
      remarks: null,
    };
    // Demo closed items come with one 佐证材料 file each (demo-evidence.ts), as the 销号 gate asks.
    const evidenceCount = demo.status === 'closed' ? 1 : 0;
    if (demo.status !== 'found') {
      const check = checkMove('found', demo.status, { ...fields, evidenceCount });
      if (!check.allowed) throw new Error(`演示数据「${demo.title}」不满足关口：${describeRefusal(demo.status, check)}`);
    }
    const prefix = codePrefix(year, demo.source);
    const sequence = (sequences.get(prefix) ?? 0) + 1;
    sequences.set(prefix, sequence);
    const createdAt = addDays(now, -(20 + ((index * 7) % 90))).toISOString();
    // At least two hours ago, so the progress reported since (demo-evidence.ts) has time to fit in.
    const updatedAt = demo.status === 'found' ? createdAt : new Date(addDays(now, -((index * 3) % 15)).getTime() - 2 * 3_600_000).toISOString();
    const item: ItemEntity = {
      ...fields,
      id: randomUUID(),
      code: formatCode(prefix, sequence),
      dueDate: dueDateOf(fields),
      ...NEW_ITEM_LIFECYCLE,
      evidenceCount,
      signoff: demo.status === 'closed' ? 'approved' : 'none',
      status: demo.status,
      version: demo.status === 'found' ? 1 : 2,
      createdAt,
      updatedAt,
      closedAt: demo.status === 'closed' ? updatedAt : null,
    };
    events.push({ itemId: item.id, at: createdAt, kind: 'created', before: null, after: { ...fields, code: item.code, status: 'found' } });
    if (demo.status !== 'found') {
      // An item with a lifecycle story reached its column some days before that story ends today-ish.
      const movedAt = demo.lifecycle ? addDays(new Date(updatedAt), -LIFECYCLE_STORY_DAYS).toISOString() : updatedAt;
      const signedOff = demo.status === 'closed' && !demo.lifecycle?.appliedBy;
      events.push(...demoWayThroughColumns(item, demo.status, { from: createdAt, to: movedAt, signedOff }));
    }
    if (demo.lifecycle) events.push(...applyDemoLifecycle(item, demo.lifecycle, { day, accounts, until: updatedAt }));
    items.push(item);
  });

  // Chunked: SQLite limits the number of bound parameters per statement.
  for (let i = 0; i < items.length; i += 20) await manager.getRepository(ItemEntity).insert(items.slice(i, i + 20));
  history.add(DEMO_AUTHOR, events);
  return items.length;
}

/**
 * The history of a card's way from 发现问题 to its column: one move per column, spread evenly between
 * registration and arrival, and for a signed-off item the 申请销号 and the approval, so the history
 * reads like real work and the dashboard's days-per-column have a figure for every column.
 */
function demoWayThroughColumns(item: ItemEntity, target: ColumnKey, { from, to, signedOff }: { from: string; to: string; signedOff: boolean }): NewItemEvent[] {
  const path = COLUMN_KEYS.slice(0, columnIndex(target) + 1);
  const steps = path.length - 1 + (signedOff ? 1 : 0);
  const start = Date.parse(from);
  const at = (step: number) => new Date(start + ((Date.parse(to) - start) * step) / steps).toISOString();
  const events: NewItemEvent[] = path
    .slice(1)
    .map((status, i) => ({ itemId: item.id, at: at(i + 1), kind: 'moved', before: { status: path[i] }, after: { status } }));
  if (signedOff) {
    events.push(
      {
        itemId: item.id,
        at: at(steps - 1),
        kind: 'signoff_applied',
        before: null,
        after: { completion: item.completion, evidenceCount: item.evidenceCount, round: 1 },
      },
      {
        itemId: item.id,
        at: at(steps),
        kind: 'signoff_approved',
        before: { signoff: 'pending' },
        after: { signoff: 'approved', opinion: '整改到位，同意销号' },
      },
    );
  }
  return events;
}

/**
 * Puts a demo item into one lifecycle state (待审核, 退回, 延期, 第2轮) and returns the history that
 * led there, recorded under the people who did it. Mutates `item` (still being built).
 */
function applyDemoLifecycle(
  item: ItemEntity,
  lifecycle: DemoLifecycle,
  { day, accounts, until }: { day: (offset: number | undefined) => string | null; accounts: Map<string, string>; until: string },
): NewItemEvent[] {
  const events: NewItemEvent[] = [];
  const event = (kind: NewItemEvent['kind'], before: Record<string, unknown> | null, after: Record<string, unknown> | null) =>
    events.push({ itemId: item.id, at: until, kind, before, after });
  if (lifecycle.appliedBy) {
    Object.assign(item, {
      signoff: 'pending',
      signoffStage: 'leader',
      signoffApplicantId: accounts.get(lifecycle.appliedBy) ?? null,
      signoffApplicantName: lifecycle.appliedBy,
      signoffDepartmentId: item.departmentId,
      closedAt: null,
    });
    event('signoff_applied', null, { completion: item.completion, evidenceCount: item.evidenceCount, round: item.round });
  }
  if (lifecycle.rejectedWith) {
    item.reviewRequirement = lifecycle.rejectedWith;
    event('moved', { status: 'in_progress' }, { status: 'closed' });
    event('signoff_applied', null, { completion: item.completion, evidenceCount: 1, round: 1 });
    event('moved', { status: 'closed' }, { status: 'in_progress' });
    event('signoff_rejected', { signoffStage: 'leader' }, { reviewRequirement: lifecycle.rejectedWith });
  }
  if (lifecycle.extendedFromOffsetDays !== undefined) {
    const original = day(lifecycle.extendedFromOffsetDays)!;
    Object.assign(item, { originalDeadline: original, deadlineChanges: 1 });
    event('delay_requested', { deadline: original }, { deadline: item.deadline, reason: '涉及跨部门流程再造，需与市政务服务中心联合调试系统' });
    event(
      'delay_approved',
      { deadline: original },
      { deadline: item.deadline, deadlineChanges: 1, reason: '涉及跨部门流程再造，需与市政务服务中心联合调试系统', opinion: '同意延期，请按新时限完成' },
    );
  }
  if (lifecycle.extensionAsked) {
    const { offsetDays, reason, by } = lifecycle.extensionAsked;
    const extension = { deadline: day(offsetDays)!, reason, requestedById: accounts.get(by) ?? '', requestedByName: by, requestedAt: until };
    item.extension = extension;
    event('delay_requested', { deadline: item.deadline }, { deadline: extension.deadline, reason });
  }
  if (lifecycle.reopened) {
    // 回头看 sets the new round's deadline in the same step, as LifecycleService.reopen does.
    const { because, newDeadlineOffsetDays } = lifecycle.reopened;
    const firstRound = { deadline: item.deadline, nextReviewDate: item.nextReviewDate };
    const deadline = day(newDeadlineOffsetDays)!;
    Object.assign(item, { round: 2, reopenReason: because, deadline, dueDate: deadline });
    event('moved', { status: 'in_progress' }, { status: 'closed' });
    event('signoff_applied', null, { completion: '已完成整改', evidenceCount: 1, round: 1 });
    event('signoff_approved', { signoff: 'pending' }, { signoff: 'approved', opinion: '同意销号' });
    event('moved', { status: 'closed' }, { status: 'in_progress' });
    event('reopened', { round: 1, ...firstRound }, { round: 2, reason: because, deadline });
  }
  // The steps are spread evenly over the story's days and end at `until`, so the dashboard's
  // time-in-column figures come out as real stays, not zero.
  const step = (LIFECYCLE_STORY_DAYS * 86_400_000) / events.length;
  events.forEach((e, i) => (e.at = new Date(new Date(until).getTime() - (events.length - 1 - i) * step).toISOString()));
  return events;
}

function departmentId(departments: Map<string, string>, name: string): string {
  const id = departments.get(name);
  if (!id) throw new Error(`演示数据引用了不存在的部门「${name}」`);
  return id;
}
