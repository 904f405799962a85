import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../auth/roles';
import { lazyPage } from '../../components/lazyPage';
import { PEOPLE_ADMINS, REBANDING_MODELLERS, STAFF_READERS } from '../people/roles';

// each screen is its own chunk, loaded when its route is first visited
const RebandingsPage = lazyPage(() => import('./RebandingsPage').then((module) => module.RebandingsPage));
const NewRebandingPage = lazyPage(() => import('./NewRebandingPage').then((module) => module.NewRebandingPage));
const RebandingPage = lazyPage(() => import('./RebandingPage').then((module) => module.RebandingPage));
const ApplyRebandingPage = lazyPage(() => import('./ApplyRebandingPage').then((module) => module.ApplyRebandingPage));
const DiscardRebandingPage = lazyPage(() => import('./DiscardRebandingPage').then((module) => module.DiscardRebandingPage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** Re-bandings: the list, modelling one, its impact, and apply or discard with a confirmation step. */
export function rebandingRoutes(guarded: Guard) {
  return [
    <Route key="rebandings" path="rebandings" element={guarded(<RebandingsPage />, STAFF_READERS)} />,
    <Route key="rebanding-new" path="rebandings/new" element={guarded(<NewRebandingPage />, REBANDING_MODELLERS)} />,
    <Route key="rebanding" path="rebandings/:rebandingId" element={guarded(<RebandingPage />, STAFF_READERS)} />,
    <Route key="rebanding-apply" path="rebandings/:rebandingId/apply" element={guarded(<ApplyRebandingPage />, PEOPLE_ADMINS)} />,
    <Route key="rebanding-discard" path="rebandings/:rebandingId/discard" element={guarded(<DiscardRebandingPage />, REBANDING_MODELLERS)} />,
  ];
}
