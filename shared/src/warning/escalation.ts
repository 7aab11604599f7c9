/**
 * Escalation of the warning lights (红黄绿灯): who is told when an item's light changes, and when
 * to suggest a 督办单. The API's warnings job remembers each open item's last notified level
 * (WarningState) and asks these rules what to do at every run; nothing here reads a clock.
 */
import type { Role } from '../access/roles.js';
import { calendarDaysBetween, type WarningLevel } from './warning.js';

/** Red this many calendar days in a row, with no open 督办单 → inspectors are advised to issue one. */
export const SUGGEST_SUPERVISION_AFTER_RED_DAYS = 3;

/**
 * Who hears of a change: the accounts of the item's 责任部门 (the 责任人 is free text, so the
 * department's accounts stand for them), every leader account (责任领导 and 主要领导), every inspector (纪检).
 */
export type Audience = 'department' | 'leaders' | 'inspectors';
export const AUDIENCE_ROLES: Record<Exclude<Audience, 'department'>, Role> = { leaders: 'leader', inspectors: 'inspector' };

/** What the job remembers of one open item between runs. */
export interface WarningState {
  /** The last level notified (green/none are remembered too, so a later yellow is a change). */
  level: WarningLevel;
  /** Office date (YYYY-MM-DD) on which the item entered this level. */
  since: string;
  /** Runs of the job that found the item red in the current red spell (0 when not red). */
  redRuns: number;
  /** Office date of the last 督办 suggestion in the current red spell; null if none yet. */
  suggestedOn: string | null;
}

export interface EscalationStep {
  state: WarningState;
  /** Audiences to notify of the level change (empty when the level did not change or went down to green/none). */
  notify: Audience[];
  /** The new level when it changed and is worth notifying, else null. */
  changedTo: 'red' | 'yellow' | null;
  /** Advise inspectors to issue a 督办单. */
  suggestSupervision: boolean;
}

/** The audiences for a light that turns `to`: yellow → the department; red → also leaders and inspectors. */
export function audiencesFor(to: WarningLevel): Audience[] {
  if (to === 'yellow') return ['department'];
  if (to === 'red') return ['department', 'leaders', 'inspectors'];
  return [];
}

/**
 * One run of the job for one item. `previous` is null the first time the job sees the item (its
 * current light then counts as a change, so a red item is announced once). A suggestion to issue a
 * 督办单 is made after SUGGEST_SUPERVISION_AFTER_RED_DAYS days of red without an open 督办单, and
 * repeated every as many days while that lasts.
 */
export function escalate(previous: WarningState | null, level: WarningLevel, today: string, openSupervisions: number): EscalationStep {
  const changed = !previous || previous.level !== level;
  const base: WarningState = changed ? { level, since: today, redRuns: 0, suggestedOn: null } : { ...previous };
  const state: WarningState = { ...base, redRuns: level === 'red' ? base.redRuns + 1 : 0 };
  const notify = changed ? audiencesFor(level) : [];
  const changedTo = changed && (level === 'red' || level === 'yellow') ? level : null;

  let suggestSupervision = false;
  if (level === 'red' && openSupervisions === 0) {
    const redDays = calendarDaysBetween(state.since, today);
    const sinceLast = state.suggestedOn ? calendarDaysBetween(state.suggestedOn, today) : Infinity;
    suggestSupervision = redDays >= SUGGEST_SUPERVISION_AFTER_RED_DAYS && sinceLast >= SUGGEST_SUPERVISION_AFTER_RED_DAYS;
  }
  if (suggestSupervision) state.suggestedOn = today;
  return { state, notify, changedTo, suggestSupervision };
}
