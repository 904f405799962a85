import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../auth/roles';
import { lazyPage } from '../../components/lazyPage';
import { IMPORT_READERS, PEOPLE_ADMINS } from '../people/roles';

// each screen is its own chunk, loaded when its route is first visited
const StaffImportsPage = lazyPage(() => import('./StaffImportsPage').then((module) => module.StaffImportsPage));
const StaffImportPage = lazyPage(() => import('./StaffImportPage').then((module) => module.StaffImportPage));
const ApplyStaffImportPage = lazyPage(() => import('./ApplyStaffImportPage').then((module) => module.ApplyStaffImportPage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** Staff imports: upload and past imports, one import's progress and errors, and apply (HR admins). */
export function staffImportRoutes(guarded: Guard) {
  return [
    <Route key="staff-imports" path="staff-imports" element={guarded(<StaffImportsPage />, IMPORT_READERS)} />,
    <Route key="staff-import" path="staff-imports/:importId" element={guarded(<StaffImportPage />, IMPORT_READERS)} />,
    <Route key="staff-import-apply" path="staff-imports/:importId/apply" element={guarded(<ApplyStaffImportPage />, PEOPLE_ADMINS)} />,
  ];
}
