import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AUDIENCE_ROLES, calendarDaysBetween, computeWarning, escalate, officeToday, warningNotificationText, type Audience, type Role } from '@rectify/shared';
import { Not, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { cycleOf, PROCESS_HOLDER, takeLease } from '../database/job-lease.js';
import { WriteQueue } from '../database/write-queue.js';
import { DepartmentsService } from '../departments/departments.service.js';
import { ItemEntity } from '../items/item.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import { ItemWarningStateEntity } from './item-warning-state.entity.js';
import { NotificationsService, type Recipients } from './notifications.service.js';
import { WebhookOutbox } from './webhook-outbox.js';

export interface WarningRunSummary {
  today: string;
  /** Open items looked at. */
  checked: number;
  /** Items whose light turned yellow or red in this run. */
  changed: number;
  /** Notifications created, and 督办 suggestions among the items. */
  notifications: number;
  suggestions: number;
  /** Webhook deliveries queued. */
  webhooks: number;
}

/** The first run waits this long after start, so a new database's demo data is in place. */
const FIRST_RUN_DELAY_MS = 1_000;
/** Processes look this often (at most) whether the current cycle has had its run. */
const POLL_MS = 60_000;
export const WARNINGS_LEASE = 'warnings';

/**
 * Re-lights every open item (at start, then on an interval), remembers the last notified level per
 * item, and notifies on a change (rules: shared/src/warning/escalation.ts). One transaction in the
 * write queue per run, so a run sees and leaves a consistent picture. `run(now)` is public for tests.
 * With several API processes on one database, each cycle (the interval, in fixed slots) is run by
 * exactly one of them: every process polls, and the one that takes the cycle's lease runs it
 * (`runIfDue`; database/job-lease.ts).
 */
@Injectable()
export class WarningsJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WarningsJob');
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writeQueue: WriteQueue,
    private readonly departments: DepartmentsService,
    private readonly settings: SettingsService,
    private readonly notifications: NotificationsService,
    private readonly outbox: WebhookOutbox,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.backgroundJobs === false) return;
    const tick = () => void this.runIfDue().catch((e) => this.logger.error(e instanceof Error ? e.stack : String(e)));
    const first = setTimeout(tick, FIRST_RUN_DELAY_MS);
    const every = setInterval(tick, Math.min(POLL_MS, this.intervalMs() / 4));
    first.unref();
    every.unref();
    this.timers = [first, every];
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  /** Runs now, whatever the lease says (tests, the bench). */
  async run(now: Date = new Date()): Promise<WarningRunSummary> {
    const names = await this.departments.namesById();
    return this.writeQueue.run((manager) => this.relight(manager, now, names));
  }

  /** Runs the current cycle if no process has yet (the lease is taken in the run's own transaction); null otherwise. */
  async runIfDue(now: Date = new Date()): Promise<(WarningRunSummary & { cycle: number }) | null> {
    const names = await this.departments.namesById();
    const done = await this.writeQueue.run(async (manager) => {
      const cycle = await takeLease(manager, WARNINGS_LEASE, cycleOf(now, this.intervalMs()).end, now);
      return cycle === null ? null : { cycle, ...(await this.relight(manager, now, names)) };
    });
    if (done) this.logger.log(`预警任务第 ${done.cycle} 轮（${PROCESS_HOLDER}）：检查 ${done.checked} 条，${done.changed} 条变为红/黄灯`);
    return done;
  }

  private intervalMs(): number {
    return this.config.warningJobIntervalMs ?? 3_600_000;
  }

  private async relight(manager: EntityManager, now: Date, names: Map<string, string>): Promise<WarningRunSummary> {
    const today = officeToday(now);
    const settings = this.settings.warning();
    const at = now.toISOString();
    const summary: WarningRunSummary = { today, checked: 0, changed: 0, notifications: 0, suggestions: 0, webhooks: 0 };
    const items = await manager.getRepository(ItemEntity).find({ where: { status: Not('closed') } });
    const states = manager.getRepository(ItemWarningStateEntity);
    const previous = new Map((await states.find()).map((s) => [s.itemId, s]));
    const open = new Set(items.map((i) => i.id));
    // Closed (or 待审核) items leave the job; if reopened they start afresh and are announced again.
    const gone = [...previous.keys()].filter((id) => !open.has(id));
    for (let i = 0; i < gone.length; i += 100) await states.delete(gone.slice(i, i + 100));

    for (const item of items) {
      summary.checked++;
      const warning = computeWarning(item, today, settings);
      const before = previous.get(item.id) ?? null;
      const step = escalate(before, warning.level, today, item.openSupervisionCount);
      const row: ItemWarningStateEntity = { itemId: item.id, ...step.state, updatedAt: at };
      if (!before) await states.insert(row);
      else if (before.level !== row.level || before.since !== row.since || before.redRuns !== row.redRuns || before.suggestedOn !== row.suggestedOn) {
        await states.update({ itemId: item.id }, row);
      }
      const view = { code: item.code, title: item.title, departmentName: item.departmentId ? (names.get(item.departmentId) ?? null) : null };
      if (step.changedTo) {
        summary.changed++;
        const text = warningNotificationText(view, step.changedTo, warning.label);
        const notified = await this.notifications.notify(
          manager,
          recipientsOf(item, step.notify),
          { kind: step.changedTo === 'red' ? 'warning_red' : 'warning_yellow', itemId: item.id, title: text.title, body: text.body },
          at,
        );
        summary.notifications += notified.length;
        summary.webhooks += await this.outbox.enqueue(manager, { title: text.robotTitle, text: text.body }, at);
      }
      if (step.suggestSupervision) {
        summary.suggestions++;
        const notified = await this.notifications.notify(
          manager,
          { roles: ['inspector'] },
          {
            kind: 'supervision_suggested',
            itemId: item.id,
            title: `建议督办：${item.code}`,
            body: `「${item.title}」亮红灯已${calendarDaysBetween(step.state.since, today)}天（${warning.label}），目前没有未回复的督办单，建议下发督办单。${view.departmentName ? `责任部门：${view.departmentName}。` : ''}`,
          },
          at,
        );
        summary.notifications += notified.length;
      }
    }
    if (summary.changed || summary.suggestions)
      this.logger.log(
        `预警：检查 ${summary.checked} 条，${summary.changed} 条变为红/黄灯，${summary.suggestions} 条建议督办，发出 ${summary.notifications} 条提醒`,
      );
    return summary;
  }
}

function recipientsOf(item: Pick<ItemEntity, 'departmentId'>, audiences: readonly Audience[]): Recipients {
  const roles: Role[] = audiences.filter((a): a is Exclude<Audience, 'department'> => a !== 'department').map((a) => AUDIENCE_ROLES[a]);
  return { departmentIds: audiences.includes('department') ? [item.departmentId] : [], roles };
}
