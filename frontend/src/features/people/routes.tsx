import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../../components/lazyPage';
import { type Role } from '../../auth/roles';
import { STAFF_READERS } from './roles';

// each screen is its own chunk, loaded when its route is first visited
const MyPayPage = lazyPage(() => import('./MyPayPage').then((module) => module.MyPayPage));
const StaffSearchPage = lazyPage(() => import('./StaffSearchPage').then((module) => module.StaffSearchPage));
const StaffMemberPage = lazyPage(() => import('./StaffMemberPage').then((module) => module.StaffMemberPage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** A person's own pay (`/my-pay`, every signed-in user) and HR's staff search and records. */
export function peopleRoutes(guarded: Guard) {
  return [
    <Route key="my-pay" path="my-pay" element={guarded(<MyPayPage />)} />,
    <Route key="staff" path="staff" element={guarded(<StaffSearchPage />, STAFF_READERS)} />,
    <Route key="staff-member" path="staff/:staffNumber" element={guarded(<StaffMemberPage />, STAFF_READERS)} />,
  ];
}
