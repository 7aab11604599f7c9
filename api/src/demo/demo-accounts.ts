import type { Role } from '@rectify/shared';

/** The demo office's accounts, listed in README. Everyone's password is DEMO_PASSWORD. */
export const DEMO_PASSWORD = 'demo123456';

export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: Role; department: string | null }> = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', department: null },
  { username: 'leader', displayName: '李卫东（副主任）', role: 'leader', department: null },
  // A second leader: nobody reviews their own 销号 application or decides their own 延期 request, so a
  // leader who applies needs another to decide, as in any real office.
  { username: 'leader2', displayName: '陈立平（副主任）', role: 'leader', department: null },
  { username: 'inspector', displayName: '孙敏（机关纪委）', role: 'inspector', department: null },
  { username: 'dept1', displayName: '王蕾（机关党委）', role: 'department', department: '机关党委（人事处）' },
  { username: 'dept2', displayName: '陈晓（财务审计处）', role: 'department', department: '财务审计处' },
];
