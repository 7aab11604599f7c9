import { describe, expect, it } from '@jest/globals';
import {
  audiencesFor,
  checkReplyBy,
  createWebhookSchema,
  escalate,
  issueSupervisionSchema,
  overdueQuerySchema,
  SUGGEST_SUPERVISION_AFTER_RED_DAYS,
  supervisionState,
  warningNotificationText,
  type WarningState,
} from '../src/index.js';

const red = (since: string, extra: Partial<WarningState> = {}): WarningState => ({ level: 'red', since, redRuns: 1, suggestedOn: null, ...extra });

describe('who hears of a light change', () => {
  it('yellow tells the department; red also tells leaders and inspectors; green and none tell nobody', () => {
    expect(audiencesFor('yellow')).toEqual(['department']);
    expect(audiencesFor('red')).toEqual(['department', 'leaders', 'inspectors']);
    expect(audiencesFor('green')).toEqual([]);
    expect(audiencesFor('none')).toEqual([]);
  });

  it('the first run announces the current light once; the same light again is not news', () => {
    const first = escalate(null, 'red', '2026-11-20', 0);
    expect(first).toMatchObject({ changedTo: 'red', notify: ['department', 'leaders', 'inspectors'], suggestSupervision: false });
    expect(first.state).toEqual({ level: 'red', since: '2026-11-20', redRuns: 1, suggestedOn: null });
    const again = escalate(first.state, 'red', '2026-11-20', 0);
    expect(again).toMatchObject({ changedTo: null, notify: [], suggestSupervision: false });
    expect(again.state.redRuns).toBe(2);
  });

  it('green → yellow → red notifies at each step; back to green resets the spell silently', () => {
    const green = escalate(null, 'green', '2026-11-01', 0);
    expect(green).toMatchObject({ changedTo: null, notify: [] });
    const yellow = escalate(green.state, 'yellow', '2026-11-10', 0);
    expect(yellow).toMatchObject({ changedTo: 'yellow', notify: ['department'] });
    const redStep = escalate(yellow.state, 'red', '2026-11-18', 0);
    expect(redStep).toMatchObject({ changedTo: 'red', notify: ['department', 'leaders', 'inspectors'] });
    const back = escalate(redStep.state, 'green', '2026-11-19', 0);
    expect(back).toMatchObject({ changedTo: null, notify: [], state: { level: 'green', since: '2026-11-19', redRuns: 0, suggestedOn: null } });
  });
});

describe('when to suggest a 督办单', () => {
  const since = '2026-11-20';
  const day = (n: number) => `2026-11-${String(20 + n).padStart(2, '0')}`;

  it(`after ${SUGGEST_SUPERVISION_AFTER_RED_DAYS} days of red without an open 督办单, not before`, () => {
    expect(escalate(red(since), 'red', day(SUGGEST_SUPERVISION_AFTER_RED_DAYS - 1), 0).suggestSupervision).toBe(false);
    const step = escalate(red(since), 'red', day(SUGGEST_SUPERVISION_AFTER_RED_DAYS), 0);
    expect(step.suggestSupervision).toBe(true);
    expect(step.state.suggestedOn).toBe(day(SUGGEST_SUPERVISION_AFTER_RED_DAYS));
  });

  it('not while a 督办单 is open', () => {
    expect(escalate(red(since), 'red', day(10), 1).suggestSupervision).toBe(false);
  });

  it('once per spell of days: not again on the next runs, again after as many days', () => {
    const suggested = red(since, { suggestedOn: day(3) });
    expect(escalate(suggested, 'red', day(3), 0).suggestSupervision).toBe(false);
    expect(escalate(suggested, 'red', day(5), 0).suggestSupervision).toBe(false);
    expect(escalate(suggested, 'red', day(6), 0).suggestSupervision).toBe(true);
  });

  it('never for yellow items', () => {
    expect(escalate({ level: 'yellow', since: '2026-10-01', redRuns: 0, suggestedOn: null }, 'yellow', '2026-11-30', 0).suggestSupervision).toBe(false);
  });
});

describe('supervision and webhook requests', () => {
  it('needs a requirement and a real reply-by date, not in the past', () => {
    expect(issueSupervisionSchema.safeParse({ requirement: '  ', replyBy: '2026-12-01' }).error?.issues[0].message).toBe('请填写督办要求');
    expect(issueSupervisionSchema.safeParse({ requirement: '限期整改', replyBy: '2026-02-30' }).error?.issues[0].message).toBe('日期不存在，请检查年月日');
    expect(checkReplyBy('2026-11-19', '2026-11-20')).toBe('回复期限不能早于今天（2026-11-20）');
    expect(checkReplyBy('2026-11-20', '2026-11-20')).toBeNull();
  });

  it('a 督办单 is open, overdue past its reply-by date, or replied', () => {
    expect(supervisionState({ repliedAt: null, replyBy: '2026-11-20' }, '2026-11-20')).toBe('open');
    expect(supervisionState({ repliedAt: null, replyBy: '2026-11-20' }, '2026-11-21')).toBe('overdue');
    expect(supervisionState({ repliedAt: '2026-11-22T00:00:00Z', replyBy: '2026-11-20' }, '2026-11-23')).toBe('replied');
  });

  it('takes only http(s) webhook addresses', () => {
    const base = { name: '整改群', kind: 'dingtalk' };
    expect(createWebhookSchema.safeParse({ ...base, url: 'https://oapi.dingtalk.com/robot/send?access_token=abc' }).success).toBe(true);
    expect(createWebhookSchema.safeParse({ ...base, url: 'http://127.0.0.1:8080/hook' }).success).toBe(true);
    for (const url of ['ftp://example.com/x', 'javascript:alert(1)', 'file:///etc/passwd', 'oapi.dingtalk.com/robot']) {
      expect(createWebhookSchema.safeParse({ ...base, url }).error?.issues[0].message).toMatch(/须以 http:\/\/ 或 https:\/\/ 开头/);
    }
    expect(createWebhookSchema.safeParse({ ...base, kind: 'slack', url: 'https://x.cn' }).error?.issues[0].message).toMatch(/钉钉群机器人/);
  });

  it('overdue filters: sort defaults to most overdue first; numbers from the query string', () => {
    expect(overdueQuerySchema.parse({})).toEqual({ sort: 'daysOverdue' });
    expect(overdueQuerySchema.parse({ minDaysOverdue: '5', level: 'red' })).toEqual({ minDaysOverdue: 5, level: 'red', sort: 'daysOverdue' });
    expect(overdueQuerySchema.safeParse({ minDaysOverdue: '-1' }).error?.issues[0].message).toBe('最少逾期天数不能小于0');
  });

  it('warning texts name the item, the days and the department; the kind leads only the robot’s title (the list shows it as a tag)', () => {
    expect(warningNotificationText({ code: '2026-XC-003', title: '制度不规范', departmentName: '人事处' }, 'red', '逾期3天')).toEqual({
      title: '2026-XC-003 已逾期',
      robotTitle: '红灯预警：2026-XC-003 已逾期',
      body: '「制度不规范」逾期3天，请抓紧整改或按程序申请延期。责任部门：人事处。',
    });
  });
});
