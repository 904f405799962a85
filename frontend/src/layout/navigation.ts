import { AUDIT_READERS, hasAnyRole, type Role, USER_ADMINS } from '../auth/roles';

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
  { text: 'Pay bands', href: '/pay-bands' },
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
