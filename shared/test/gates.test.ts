import { describe, expect, it } from '@jest/globals';
import {
  checkEdit,
  checkMove,
  COLUMN_KEYS,
  columnIndex,
  describeRefusal,
  isCurableByData,
  missingFields,
  type ColumnKey,
  type GateInput,
  checkCardMove,
  unmetGateFields,
} from '../src/index.js';

const empty: GateInput = {
  measures: [],
  departmentId: null,
  leader: null,
  rectifyType: null,
  deadline: null,
  stageGoal: null,
  nextReviewDate: null,
  owner: null,
  completion: null,
  causeAnalysis: null,
  evidenceCount: 0,
};

/** An item that meets every gate up to and including the 销号 gate. */
const complete: GateInput = {
  measures: [{ content: '修订《机关党支部“三会一课”制度实施细则》', done: false }],
  departmentId: '7d0c6f0e-8a3a-4a57-9a8e-6f1c2b3d4e5f',
  leader: '李卫东（副局长）',
  rectifyType: 'time_limited',
  deadline: '2026-12-31',
  stageGoal: null,
  nextReviewDate: null,
  owner: '王蕾',
  completion: '已修订实施细则并印发各支部执行',
  causeAnalysis: '对制度执行督促检查不到位',
  evidenceCount: 1,
};

/** What each column's gate asks of an empty item, in gate order. */
const ownMessages: Record<ColumnKey, string[]> = {
  found: [],
  measures: ['缺少整改措施', '未指定责任部门', '未指定责任领导'],
  deadline: ['未选择整改类型', '缺少整改时限'],
  in_progress: ['未指定责任人'],
  closed: ['缺少整改完成情况', '缺少原因分析（申请销号须填写，汇总报告据此分析原因）', '缺少佐证材料（申请销号须至少上传一份）'],
};

describe('checkMove over every pair of columns', () => {
  for (const from of COLUMN_KEYS) {
    for (const to of COLUMN_KEYS) {
      it(`${from} → ${to}`, () => {
        const withAllData = checkMove(from, to, complete);
        const withNoData = checkMove(from, to, empty);
        if (from === to) {
          expect(withAllData.allowed).toBe(false);
          expect(withAllData.reasons[0].message).toMatch(/已在「/);
        } else if (from === 'closed') {
          expect(withAllData.allowed).toBe(false);
          expect(withAllData.reasons[0].message).toContain('回头看');
          expect(isCurableByData(withAllData)).toBe(false);
        } else {
          expect(withAllData).toEqual({ allowed: true, reasons: [] });
          // With no data, the move is refused with every requirement of every gate up to the target.
          const expected = COLUMN_KEYS.slice(0, columnIndex(to) + 1).flatMap((c) => ownMessages[c]);
          expect(withNoData.reasons.map((r) => r.message)).toEqual(expected);
          expect(withNoData.allowed).toBe(expected.length === 0);
        }
      });
    }
  }
});

describe('each gate on its own', () => {
  const moveInto = (to: ColumnKey, item: GateInput) => checkMove(COLUMN_KEYS[columnIndex(to) - 1], to, item);

  it('制定措施 needs a measure with content, a department and a leader', () => {
    expect(moveInto('measures', complete).allowed).toBe(true);
    expect(moveInto('measures', { ...complete, measures: [{ content: '   ', done: false }] }).reasons.map((r) => r.field)).toEqual(['measures']);
    expect(moveInto('measures', { ...complete, departmentId: null }).reasons.map((r) => r.field)).toEqual(['departmentId']);
    expect(moveInto('measures', { ...complete, leader: ' ' }).reasons.map((r) => r.field)).toEqual(['leader']);
  });

  it('明确时限 needs a type and a deadline; 长期坚持 needs a stage goal and review date instead', () => {
    expect(moveInto('deadline', { ...complete, rectifyType: null }).reasons.map((r) => r.message)).toEqual(['未选择整改类型']);
    expect(moveInto('deadline', { ...complete, deadline: null }).reasons.map((r) => r.message)).toEqual(['缺少整改时限']);
    expect(moveInto('deadline', { ...complete, rectifyType: 'immediate', deadline: null }).allowed).toBe(false);

    const longTerm = { ...complete, rectifyType: 'long_term' as const, deadline: null };
    expect(missingFields(moveInto('deadline', longTerm))).toEqual(['stageGoal', 'nextReviewDate']);
    expect(moveInto('deadline', { ...longTerm, stageGoal: '每季度开展一次理论学习质量评估', nextReviewDate: '2027-03-31' }).allowed).toBe(true);
  });

  it('整改中 needs a responsible person', () => {
    expect(moveInto('in_progress', { ...complete, owner: null }).reasons).toEqual([{ column: 'in_progress', field: 'owner', message: '未指定责任人' }]);
  });

  it('销号 needs the completion report', () => {
    expect(moveInto('closed', { ...complete, completion: '' }).reasons).toEqual([{ column: 'closed', field: 'completion', message: '缺少整改完成情况' }]);
  });

  it('申请销号 needs at least one 佐证材料 file, and says so as a field the form can ask for', () => {
    const check = moveInto('closed', { ...complete, evidenceCount: 0 });
    expect(check.reasons).toEqual([{ column: 'closed', field: 'evidenceCount', message: '缺少佐证材料（申请销号须至少上传一份）' }]);
    expect(missingFields(check)).toEqual(['evidenceCount']);
  });
});

describe('moves and edits', () => {
  it('skipping columns forward needs every gate on the way and lists every missing field once', () => {
    const check = checkMove('found', 'in_progress', { ...empty, leader: '李卫东' });
    expect(check.allowed).toBe(false);
    expect(missingFields(check)).toEqual(['measures', 'departmentId', 'rectifyType', 'deadline', 'owner']);
    expect(isCurableByData(check)).toBe(true);
    expect(describeRefusal('in_progress', check)).toBe('不能移入「整改中」：缺少整改措施；未指定责任部门；未选择整改类型；缺少整改时限；未指定责任人');
  });

  it('moving back to revise is allowed', () => {
    expect(checkMove('in_progress', 'measures', complete).allowed).toBe(true);
    expect(checkMove('deadline', 'found', complete).allowed).toBe(true);
  });

  it("an edit may not take away what the card's column required", () => {
    expect(checkEdit('in_progress', complete).allowed).toBe(true);
    expect(checkEdit('in_progress', { ...complete, deadline: null }).reasons.map((r) => r.message)).toEqual(['缺少整改时限']);
    expect(checkEdit('found', empty).allowed).toBe(true);
  });

  it('a closed item is not edited', () => {
    const check = checkEdit('closed', complete);
    expect(check.allowed).toBe(false);
    expect(check.reasons[0].message).toContain('回头看');
  });
});

describe('a board card decides moves from its unmet requirements alone', () => {
  const longTerm: GateInput = { ...complete, rectifyType: 'long_term', deadline: null, stageGoal: null, nextReviewDate: '2027-01-31' };
  const samples: GateInput[] = [
    empty,
    complete,
    longTerm,
    { ...complete, completion: '  ', evidenceCount: 0 },
    { ...empty, measures: [{ content: '', done: false }], owner: '王蕾' },
  ];

  it('agrees with checkMove for every pair of columns and every sample item', () => {
    for (const item of samples) {
      const card = { unmet: unmetGateFields(item) };
      for (const from of COLUMN_KEYS) for (const to of COLUMN_KEYS) expect(checkCardMove({ ...card, status: from }, to)).toEqual(checkMove(from, to, item));
    }
  });

  it('lists each unmet requirement once, by field', () => {
    expect(unmetGateFields(complete)).toEqual([]);
    expect(unmetGateFields(longTerm)).toEqual(['stageGoal']);
    expect(unmetGateFields(empty)).toEqual([
      'measures',
      'departmentId',
      'leader',
      'rectifyType',
      'deadline',
      'owner',
      'completion',
      'causeAnalysis',
      'evidenceCount',
    ]);
  });
});
