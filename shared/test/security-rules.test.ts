import { describe, expect, it } from '@jest/globals';
import { checkDepartmentWrite } from '../src/access/permissions.js';
import { checkWebhookUrl } from '../src/notifications/notifications.js';
import { calendarDateSchema, latestPlanningDate } from '../src/schemas/item-schemas.js';
import { findInvalidText, stripInvalidCharacters } from '../src/schemas/plain-text.js';

describe('webhook addresses', () => {
  it('allow the DingTalk and WeCom robot endpoints over https', () => {
    expect(checkWebhookUrl('https://oapi.dingtalk.com/robot/send?access_token=abc')).toBeNull();
    expect(checkWebhookUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc')).toBeNull();
  });

  it('refuse everything else unless the operator allowed its origin', () => {
    for (const url of [
      'http://oapi.dingtalk.com/robot/send',
      'https://127.0.0.1/robot/send',
      'https://oapi.dingtalk.com.evil.cn/robot/send',
      'https://a@oapi.dingtalk.com/robot/send',
      'https://oapi.dingtalk.com:8443/robot/send',
      'ftp://x/y',
      'not a url',
    ]) {
      expect(checkWebhookUrl(url)).not.toBeNull();
    }
    expect(checkWebhookUrl('http://10.0.0.5:8080/hook', ['http://10.0.0.5:8080'])).toBeNull();
    expect(checkWebhookUrl('http://10.0.0.5:9999/hook', ['http://10.0.0.5:*'])).toBeNull();
    expect(checkWebhookUrl('http://10.0.0.6:8080/hook', ['http://10.0.0.5:*'])).not.toBeNull();
  });
});

describe('control characters', () => {
  it('are found anywhere in a request, keys included; tabs and line breaks are text', () => {
    expect(findInvalidText({ a: '正文\n第二行\t完', list: ['好'] })).toBeNull();
    expect(findInvalidText({ a: { b: ['好', '坏\u0000'] } })).toEqual(['a', 'b', '1']);
    expect(findInvalidText({ ['键\u001b']: 1 })).toEqual(['键\u001b']);
    expect(stripInvalidCharacters('a\u0000b\u001bc\uD800d\n')).toBe('abcd\n');
  });
});

describe('dates', () => {
  it('lie between 2000 and ten years ahead', () => {
    expect(calendarDateSchema.safeParse('9999-12-31').success).toBe(false);
    expect(calendarDateSchema.safeParse('1999-12-31').success).toBe(false);
    expect(calendarDateSchema.safeParse('2000-01-01').success).toBe(true);
    expect(calendarDateSchema.safeParse(latestPlanningDate()).success).toBe(true);
    expect(latestPlanningDate(new Date('2028-02-29T04:00:00Z'))).toBe('2038-02-28');
  });
});

describe('a department registering a problem', () => {
  const staff = { role: 'department' as const, departmentId: 'd1' };
  it('may not bring in co-operating departments', () => {
    expect(checkDepartmentWrite(staff, { kind: 'create', source: '自查自纠', departmentId: 'd1', coDepartmentIds: ['d2'] }).allowed).toBe(false);
    expect(checkDepartmentWrite(staff, { kind: 'create', source: '自查自纠', departmentId: 'd1', coDepartmentIds: [] }).allowed).toBe(true);
  });
});
