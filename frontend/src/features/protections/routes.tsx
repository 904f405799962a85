import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../auth/roles';
import { lazyPage } from '../../components/lazyPage';
import { PEOPLE_ADMINS, STAFF_READERS } from '../people/roles';

// each screen is its own chunk, loaded when its route is first visited
const ProtectionsPage = lazyPage(() => import('./ProtectionsPage').then((module) => module.ProtectionsPage));
const EndProtectionPage = lazyPage(() => import('./EndProtectionPage').then((module) => module.EndProtectionPage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** Pay protection: what ends soon (HR), and ending one early with a reason (HR admins). */
export function protectionRoutes(guarded: Guard) {
  return [
    <Route key="protections" path="protections" element={guarded(<ProtectionsPage />, STAFF_READERS)} />,
    <Route key="protection-end" path="protections/:protectionId/end" element={guarded(<EndProtectionPage />, PEOPLE_ADMINS)} />,
  ];
}
