import { describe, expect, it } from 'vitest';
import { Role } from '../../auth/roles';
import type { JdVersionSummary } from '../../generated/api';
import { mayAskForEvaluation, newestFirst, versionToEvaluate } from './jdVersions';

const version = (number: number, status: JdVersionSummary['status']): JdVersionSummary => ({
  id: `v${number}`,
  number,
  status,
  title: 'Intervention Facilitator',
  createdAt: new Date(),
});

describe('JD versions', () => {
  it('lists newest first', () => {
    expect(newestFirst([version(1, 'SUPERSEDED'), version(3, 'DRAFT'), version(2, 'IN_FORCE')]).map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('asks for the newest submitted or in-force version to be evaluated', () => {
    expect(versionToEvaluate({ versions: [version(1, 'IN_FORCE'), version(2, 'SUBMITTED')] })?.id).toBe('v2');
    expect(versionToEvaluate({ versions: [version(1, 'IN_FORCE'), version(2, 'DRAFT')] })?.id).toBe('v1');
    expect(versionToEvaluate({ versions: [version(1, 'UNDER_EVALUATION')] })).toBeUndefined();
  });

  it('lets HR and union reps ask for any role, and staff only for the post they hold', () => {
    expect(mayAskForEvaluation([Role.UnionRep], { heldByMe: false })).toBe(true);
    expect(mayAskForEvaluation([Role.HrEvaluator], {})).toBe(true);
    expect(mayAskForEvaluation([Role.Staff], { heldByMe: true })).toBe(true);
    expect(mayAskForEvaluation([Role.Staff], { heldByMe: false })).toBe(false);
    expect(mayAskForEvaluation([Role.Auditor], {})).toBe(false);
  });
});
