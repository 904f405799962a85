import { describe, expect, it } from 'vitest';
import { Role } from '../auth/roles';
import { isCurrentSection, NAV_ITEMS, visibleNavItems } from './navigation';

const texts = (roles: Role[]) => visibleNavItems(roles).map((item) => item.text);
const SHARED = ['Job descriptions', 'Evaluations', 'Schemes'];
const PEOPLE = ['Staff', 'Re-bandings', 'Protections', 'Vacancies'];
const APPEALS_AND_REPORTS = ['Appeals', 'Reports'];

describe('navigation by role', () => {
  it('shows HR admins every section but their own pay', () => {
    expect(texts([Role.HrAdmin])).toEqual([
      ...SHARED,
      'Pay bands',
      'Staff',
      'Staff imports',
      'Re-bandings',
      'Protections',
      'Vacancies',
      'Criteria and training',
      ...APPEALS_AND_REPORTS,
      'Users',
      'Audit trail',
    ]);
  });

  it('shows auditors the shared sections, people and pay, appeals, reports and the audit trail', () => {
    expect(texts([Role.Auditor])).toEqual([
      ...SHARED,
      'Pay bands',
      'Staff',
      'Staff imports',
      'Re-bandings',
      'Protections',
      'Vacancies',
      ...APPEALS_AND_REPORTS,
      'Audit trail',
    ]);
  });

  it('shows HR evaluators the shared sections, people and pay, appeals and reports', () => {
    expect(texts([Role.HrEvaluator])).toEqual([...SHARED, 'Pay bands', ...PEOPLE, ...APPEALS_AND_REPORTS]);
  });

  it('shows union reps the shared sections, their consenting members’ vacancies, appeals and reports', () => {
    expect(texts([Role.UnionRep])).toEqual([...SHARED, 'Pay bands', 'Members’ vacancies', ...APPEALS_AND_REPORTS]);
  });

  it('shows staff their own pay and vacancies in place of the pay bands', () => {
    expect(texts([Role.Staff])).toEqual([...SHARED, 'Your pay', 'Vacancies for me', ...APPEALS_AND_REPORTS]);
  });

  it('accepts the Set the generated client gives for roles', () => {
    expect(visibleNavItems(new Set([Role.Staff, Role.Auditor])).map((item) => item.text)).toEqual([
      ...SHARED,
      'Your pay',
      'Vacancies for me',
      'Pay bands',
      'Staff',
      'Staff imports',
      'Re-bandings',
      'Protections',
      'Vacancies',
      ...APPEALS_AND_REPORTS,
      'Audit trail',
    ]);
  });

  it('marks the section a deep link is in', () => {
    const evaluations = NAV_ITEMS.find((item) => item.href === '/evaluations')!;
    expect(isCurrentSection(evaluations, '/evaluations/12/score')).toBe(true);
    expect(isCurrentSection(evaluations, '/evaluationsx')).toBe(false);
    const payBands = NAV_ITEMS.find((item) => item.href === '/pay-bands')!;
    expect(isCurrentSection(payBands, '/pay-bands/12/edit')).toBe(true);
  });
});
