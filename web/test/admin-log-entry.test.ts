import { describe, expect, it } from '@jest/globals';
import type { AdminEventView, Department } from '@rectify/shared';
import { adminChangeLines } from '../src/features/admin/lib/admin-log-entry';

const departments = new Map<string, Department>([['d1', { id: 'd1', name: '政策法规处', parentId: null }]]);
const entry = (over: Partial<AdminEventView>): AdminEventView => ({
  seq: 1,
  at: '2026-11-30T01:00:00.000Z',
  actor: '系统管理员',
  kind: 'user.updated',
  targetName: 'zhangsan',
  before: null,
  after: null,
  ...over,
});

describe('管理日志 lines', () => {
  it('names roles and departments, shows from → to, and a reset password only as the fact', () => {
    expect(
      adminChangeLines(
        entry({ before: { role: 'leader', departmentId: null }, after: { role: 'department', departmentId: 'd1', passwordReset: true } }),
        departments,
      ),
    ).toEqual(['角色：领导 → 责任部门', '所属部门：（空） → 政策法规处', '密码：已由管理员重设']);
  });

  it('lists what a new account was created with', () => {
    expect(adminChangeLines(entry({ kind: 'user.created', after: { username: 'lisi', role: 'inspector', disabled: false } }), departments)).toEqual([
      '用户名：lisi',
      '角色：纪检',
      '停用：否',
    ]);
  });
});
