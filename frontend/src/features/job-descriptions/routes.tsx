import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../auth/roles';
import { EditJdVersionPage } from './EditJdVersionPage';
import { JdVersionChangesPage } from './JdVersionChangesPage';
import { JdVersionPage } from './JdVersionPage';
import { JobDescriptionPage } from './JobDescriptionPage';
import { JobDescriptionsPage } from './JobDescriptionsPage';
import { NewJobDescriptionPage } from './NewJobDescriptionPage';
import { JD_EDITORS } from './roles';

/** App.tsx's route guard: signs the user in, then checks their roles (none given: every signed-in user). */
export type RouteGuard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** The job description screens, to sit inside the layout route. */
export function jobDescriptionRoutes(guarded: RouteGuard) {
  return [
    <Route key="job-descriptions" path="job-descriptions" element={guarded(<JobDescriptionsPage />)} />,
    <Route key="job-description-new" path="job-descriptions/new" element={guarded(<NewJobDescriptionPage />, JD_EDITORS)} />,
    <Route key="job-description" path="job-descriptions/:jdId" element={guarded(<JobDescriptionPage />)} />,
    <Route key="jd-version" path="jd-versions/:versionId" element={guarded(<JdVersionPage />)} />,
    <Route key="jd-version-edit" path="jd-versions/:versionId/edit" element={guarded(<EditJdVersionPage />, JD_EDITORS)} />,
    <Route key="jd-version-changes" path="jd-versions/:versionId/changes" element={guarded(<JdVersionChangesPage />)} />,
  ];
}
