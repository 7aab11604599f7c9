import { describe, expect, it } from '@jest/globals';
import { matchPeople } from '../src/hooks/use-people';
import { changedFields, itemToFormValues } from '../src/features/items/lib/item-form';
import { makeItem } from './support/fixtures';

const people = [
  { id: 'u1', displayName: '王建国', departmentName: null },
  { id: 'u2', displayName: '李卫东', departmentName: '政策法规处' },
  { id: 'u3', displayName: '赵颖', departmentName: '财务审计处' },
];

describe('责任领导 / 责任人 picked from the accounts', () => {
  it('finds accounts by name or department, and the one whose name heads what was typed', () => {
    expect(matchPeople(people, '').map((p) => p.id)).toEqual(['u1', 'u2', 'u3']);
    expect(matchPeople(people, '财务').map((p) => p.id)).toEqual(['u3']);
    expect(matchPeople(people, '王建国（分管副局长）').map((p) => p.id)).toEqual(['u1']);
    expect(matchPeople(people, '张三')).toEqual([]);
  });

  it('sends the account with the name when one is picked, and lets go of it when a name is typed instead', () => {
    const initial = itemToFormValues(makeItem({ leader: '王建国', leaderUserId: 'u1' }));
    expect(initial).toMatchObject({ leader: '王建国', leaderUserId: 'u1' });
    expect(changedFields(initial, { ...initial, leader: '李卫东', leaderUserId: 'u2' })).toEqual({ leader: '李卫东', leaderUserId: 'u2' });
    expect(changedFields(initial, { ...initial, leader: '外聘专家', leaderUserId: null })).toEqual({ leader: '外聘专家', leaderUserId: null });
  });
});
