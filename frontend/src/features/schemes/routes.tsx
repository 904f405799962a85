import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../auth/roles';
import { EditSchemePage } from './EditSchemePage';
import { SCHEME_ADMINS } from './roles';
import { SchemePage } from './SchemePage';
import { SchemesPage } from './SchemesPage';

/** App.tsx's route guard: signs the user in, then checks their roles (none given: every signed-in user). */
export type RouteGuard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** The scheme screens, to sit inside the layout route. */
export function schemeRoutes(guarded: RouteGuard) {
  return [
    <Route key="schemes" path="schemes" element={guarded(<SchemesPage />)} />,
    <Route key="scheme" path="schemes/:schemeId" element={guarded(<SchemePage />)} />,
    <Route key="scheme-edit" path="schemes/:schemeId/edit" element={guarded(<EditSchemePage />, SCHEME_ADMINS)} />,
  ];
}
