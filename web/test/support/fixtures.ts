import {
  boardCardOf,
  NEW_ITEM_LIFECYCLE,
  type BoardCard,
  type Dictionaries,
  type DictionaryEntry,
  type DictionaryKind,
  type ItemView,
  type SessionView,
  type UserView,
} from '@rectify/shared';

/** An item as the API returns it (GET /api/items/:id); override what a test is about. */
export function makeItem(overrides: Partial<ItemView> = {}): ItemView {
  return {
    id: '7d4a1f3e-2b5c-4d6e-8f90-1a2b3c4d5e6f',
    code: '2026-XC-003',
    status: 'found',
    version: 3,
    title: '调查研究不够深入，解决实际问题办法不多',
    description: '班子成员深入基层调研次数偏少，调研成果转化不够。',
    source: '巡察反馈',
    batch: '市委第三巡察组反馈意见',
    scope: 'team',
    person: null,
    category: '作风建设',
    rectifyType: null,
    measures: [],
    leader: null,
    leaderUserId: null,
    departmentId: null,
    coDepartmentIds: [],
    owner: null,
    ownerUserId: null,
    deadline: null,
    stageGoal: null,
    nextReviewDate: null,
    completion: null,
    causeAnalysis: null,
    causeTags: [],
    remarks: null,
    ...NEW_ITEM_LIFECYCLE,
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-20T06:30:00.000Z',
    closedAt: null,
    departmentName: null,
    coDepartmentNames: [],
    warning: { level: 'none', dueDate: null, daysLeft: null, label: '未定时限' },
    ...overrides,
  };
}

export const DEPARTMENT_ID = '0b9e6a52-93a4-4c1e-9d55-6f1c2d3e4a5b';

/** A dictionary entry as GET /api/dictionaries lists it. */
export function makeEntry(kind: DictionaryKind, name: string, sortOrder: number, overrides: Partial<DictionaryEntry> = {}): DictionaryEntry {
  return { id: `${kind}-${name}`, kind, name, codeLetters: null, active: true, sortOrder, ...overrides };
}

/** 巡察反馈 and 审计 retired; 作风建设 retired. The lists come in sortOrder, as the API sends them. */
export const DICTIONARIES: Dictionaries = {
  source: [
    makeEntry('source', '巡视反馈', 10, { codeLetters: 'XS' }),
    makeEntry('source', '巡察反馈', 20, { codeLetters: 'XC', active: false }),
    makeEntry('source', '自查自纠', 30, { codeLetters: 'ZC' }),
    makeEntry('source', '审计', 40, { codeLetters: 'SJ', active: false }),
    makeEntry('source', '群众来信', 50, { codeLetters: 'QZ' }),
  ],
  category: [makeEntry('category', '政治建设', 10), makeEntry('category', '作风建设', 20, { active: false }), makeEntry('category', '制度建设', 30)],
  cause_tag: [makeEntry('cause_tag', '宗旨意识', 10)],
};

/** The signed-in session as GET /api/auth/me returns it, for components that read the current user. */
export function makeSession(overrides: Partial<UserView> = {}): SessionView {
  return {
    user: {
      id: 'u-leader',
      username: 'leader',
      displayName: '王建国',
      role: 'leader',
      departmentId: null,
      departmentName: null,
      disabled: false,
      createdAt: '2026-11-01T00:00:00.000Z',
      ...overrides,
    },
    csrfToken: 'csrf-token',
    expiresAt: '2026-12-01T00:00:00.000Z',
  };
}

/** The board's card of such an item (what GET /api/board sends). */
export function makeCard(overrides: Partial<ItemView> = {}): BoardCard {
  const item = makeItem(overrides);
  return boardCardOf(item, item.departmentName, item.warning);
}
