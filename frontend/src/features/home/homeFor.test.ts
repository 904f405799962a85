import { describe, expect, it } from 'vitest';
import { Role } from '../../auth/roles';
import { homeFor } from './homeFor';

describe('where each role lands', () => {
  it.each([
    [[Role.HrAdmin], { kind: 'page', page: 'admin' }],
    [[Role.HrEvaluator], { kind: 'page', page: 'evaluator' }],
    [[Role.Auditor], { kind: 'redirect', to: '/audit' }],
    [[Role.UnionRep], { kind: 'page', page: 'rep' }],
    [[Role.Staff], { kind: 'redirect', to: '/my-pay' }],
    [[Role.Staff, Role.Auditor], { kind: 'redirect', to: '/audit' }],
    [[Role.HrEvaluator, Role.HrAdmin], { kind: 'page', page: 'admin' }],
  ])('%j lands on %j', (roles, home) => {
    expect(homeFor(roles)).toEqual(home);
  });

  it('accepts the Set the generated client gives for roles', () => {
    expect(homeFor(new Set([Role.UnionRep]))).toEqual({ kind: 'page', page: 'rep' });
  });
});
