import { describe, expect, it } from '@jest/globals';
import { newlyAssignedPeople, unlinkRetypedPeople } from '../src/index.js';

const picked = { leader: '副局长', leaderUserId: 'u-deputy', owner: '王蕾', ownerUserId: 'u-wang' };

describe('责任领导 / 责任人 accounts', () => {
  it('a name retyped without its account drops the link; with an account, or unchanged, it stays', () => {
    expect(unlinkRetypedPeople(picked, { leader: '王建国' })).toEqual({ leader: '王建国', leaderUserId: null });
    expect(unlinkRetypedPeople(picked, { leader: '纪检组长', leaderUserId: 'u-inspector' })).toEqual({ leader: '纪检组长', leaderUserId: 'u-inspector' });
    expect(unlinkRetypedPeople(picked, { leader: '副局长' })).toEqual({ leader: '副局长' });
    expect(unlinkRetypedPeople(picked, { owner: null })).toEqual({ owner: null, ownerUserId: null });
    expect(unlinkRetypedPeople(picked, { owner: null, ownerUserId: 'u-li' })).toEqual({ owner: null, ownerUserId: 'u-li' });
    expect(unlinkRetypedPeople(picked, { remarks: 'x' } as never)).toEqual({ remarks: 'x' });
  });

  it('tells the newly named accounts once each', () => {
    expect(newlyAssignedPeople(null, { leaderUserId: 'a', ownerUserId: 'b' })).toEqual([
      { userId: 'a', role: 'leader' },
      { userId: 'b', role: 'owner' },
    ]);
    expect(newlyAssignedPeople(null, { leaderUserId: 'a', ownerUserId: 'a' })).toEqual([{ userId: 'a', role: 'leader' }]);
    expect(newlyAssignedPeople({ leaderUserId: 'a', ownerUserId: 'b' }, { leaderUserId: 'a', ownerUserId: 'c' })).toEqual([{ userId: 'c', role: 'owner' }]);
    expect(newlyAssignedPeople({ leaderUserId: 'a', ownerUserId: null }, { leaderUserId: null, ownerUserId: null })).toEqual([]);
  });
});
