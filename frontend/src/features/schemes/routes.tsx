import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../../components/lazyPage';
import type { Role } from '../../auth/roles';
import { SCHEME_ADMINS } from './roles';

// each screen is its own chunk, loaded when its route is first visited
const EditSchemePage = lazyPage(() => import('./EditSchemePage').then((module) => module.EditSchemePage));
const RetireSchemePage = lazyPage(() => import('./RetireSchemePage').then((module) => module.RetireSchemePage));
const SchemePage = lazyPage(() => import('./SchemePage').then((module) => module.SchemePage));
const SchemesPage = lazyPage(() => import('./SchemesPage').then((module) => module.SchemesPage));

/** App.tsx's route guard: signs the user in, then checks their roles (none given: every signed-in user). */
export type RouteGuard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** The scheme screens, to sit inside the layout route. */
export function schemeRoutes(guarded: RouteGuard) {
  return [
    <Route key="schemes" path="schemes" element={guarded(<SchemesPage />)} />,
    <Route key="scheme" path="schemes/:schemeId" element={guarded(<SchemePage />)} />,
    <Route key="scheme-edit" path="schemes/:schemeId/edit" element={guarded(<EditSchemePage />, SCHEME_ADMINS)} />,
    <Route key="scheme-retire" path="schemes/:schemeId/retire" element={guarded(<RetireSchemePage />, SCHEME_ADMINS)} />,
  ];
}
