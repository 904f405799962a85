import { describe, expect, it } from 'vitest';
import { Role } from '../auth/roles';
import { isCurrentSection, NAV_ITEMS, visibleNavItems } from './navigation';

const texts = (roles: Role[]) => visibleNavItems(roles).map((item) => item.text);
const EVERYONE = ['Job descriptions', 'Evaluations', 'Schemes', 'Pay bands'];

describe('navigation by role', () => {
  it('shows HR admins every section', () => {
    expect(texts([Role.HrAdmin])).toEqual([...EVERYONE, 'Users', 'Audit trail']);
  });

  it('shows auditors the shared sections and the audit trail', () => {
    expect(texts([Role.Auditor])).toEqual([...EVERYONE, 'Audit trail']);
  });

  it.each([[Role.HrEvaluator], [Role.UnionRep], [Role.Staff]])('shows %s the shared sections only', (role) => {
    expect(texts([role])).toEqual(EVERYONE);
  });

  it('accepts the Set the generated client gives for roles', () => {
    expect(visibleNavItems(new Set([Role.Staff, Role.Auditor])).map((item) => item.text)).toEqual([...EVERYONE, 'Audit trail']);
  });

  it('marks the section a deep link is in', () => {
    const evaluations = NAV_ITEMS.find((item) => item.href === '/evaluations')!;
    expect(isCurrentSection(evaluations, '/evaluations/12/score')).toBe(true);
    expect(isCurrentSection(evaluations, '/evaluationsx')).toBe(false);
    const payBands = NAV_ITEMS.find((item) => item.href === '/pay-bands')!;
    expect(isCurrentSection(payBands, '/pay-bands/12/edit')).toBe(true);
  });
});
