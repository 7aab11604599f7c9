/** Who uses the board (domain.md, "Who uses it"). Each account has exactly one role. */
export const ROLES = ['admin', 'leader', 'department', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  leader: '领导',
  department: '责任部门',
  inspector: '纪检',
};

/** The signed-in person as every rule sees them. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set for role `department` (the department the user works in); null otherwise. */
  departmentId: string | null;
}
