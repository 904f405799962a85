import { describe, expect, it } from 'vitest';
import { Role } from '../auth/roles';
import { isCurrentSection, NAV_ITEMS, visibleNavItems } from './navigation';

const texts = (roles: Role[]) => visibleNavItems(roles).map((item) => item.text);

describe('navigation by role', () => {
  it('shows HR admins every section', () => {
    expect(texts([Role.HrAdmin])).toEqual(['Pay bands', 'Users', 'Audit trail']);
  });

  it('shows auditors pay bands and the audit trail', () => {
    expect(texts([Role.Auditor])).toEqual(['Pay bands', 'Audit trail']);
  });

  it.each([[Role.HrEvaluator], [Role.UnionRep], [Role.Staff]])('shows %s pay bands only', (role) => {
    expect(texts([role])).toEqual(['Pay bands']);
  });

  it('accepts the Set the generated client gives for roles', () => {
    expect(visibleNavItems(new Set([Role.Staff, Role.Auditor])).map((item) => item.text)).toEqual(['Pay bands', 'Audit trail']);
  });

  it('marks the section a deep link is in', () => {
    const payBands = NAV_ITEMS[0];
    expect(isCurrentSection(payBands, '/pay-bands/12/edit')).toBe(true);
    expect(isCurrentSection(payBands, '/pay-bandsx')).toBe(false);
  });
});
