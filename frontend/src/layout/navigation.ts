import { AUDIT_READERS, hasAnyRole, Role, USER_ADMINS } from '../auth/roles';
import { APPEAL_READERS } from '../features/appeals/roles';
import { IMPORT_READERS, STAFF_READERS } from '../features/people/roles';
import { VACANCY_ADMINS, VACANCY_READERS } from '../features/vacancies/roles';

/** Everyone but staff: a staff member's own pay page replaces the pay bands in their navigation. */
const PAY_BAND_READERS: readonly Role[] = [Role.HrAdmin, Role.HrEvaluator, Role.Auditor, Role.UnionRep];

export interface NavItem {
  text: string;
  href: string;
  /** Roles that may see the item; undefined means every signed-in user. */
  roles?: readonly Role[];
}

/** The service navigation, in display order. Add a section by adding a line. */
export const NAV_ITEMS: readonly NavItem[] = [
  { text: 'Job descriptions', href: '/job-descriptions' },
  { text: 'Evaluations', href: '/evaluations' },
  { text: 'Schemes', href: '/schemes' },
  { text: 'Your pay', href: '/my-pay', roles: [Role.Staff] },
  { text: 'Vacancies for me', href: '/my-vacancies', roles: [Role.Staff] },
  { text: 'Pay bands', href: '/pay-bands', roles: PAY_BAND_READERS },
  { text: 'Staff', href: '/staff', roles: STAFF_READERS },
  { text: 'Staff imports', href: '/staff-imports', roles: IMPORT_READERS },
  { text: 'Re-bandings', href: '/rebandings', roles: STAFF_READERS },
  { text: 'Protections', href: '/protections', roles: STAFF_READERS },
  { text: 'Vacancies', href: '/vacancies', roles: VACANCY_READERS },
  { text: 'Criteria and training', href: '/criteria', roles: VACANCY_ADMINS },
  { text: 'Members’ vacancies', href: '/member-vacancies', roles: [Role.UnionRep] },
  { text: 'Appeals', href: '/appeals', roles: APPEAL_READERS },
  { text: 'Reports', href: '/reports' },
  { text: 'Users', href: '/users', roles: USER_ADMINS },
  { text: 'Audit trail', href: '/audit', roles: AUDIT_READERS },
];

export function visibleNavItems(userRoles: Iterable<Role>, items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => hasAnyRole(userRoles, item.roles));
}

/** The item for the section the path is in: "/pay-bands/12/edit" is in "Pay bands". */
export function isCurrentSection(item: NavItem, pathname: string): boolean {
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
