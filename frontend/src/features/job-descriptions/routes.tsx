import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../../components/lazyPage';
import type { Role } from '../../auth/roles';
import { JD_EDITORS } from './roles';

// each screen is its own chunk, loaded when its route is first visited
const EditJdVersionPage = lazyPage(() => import('./EditJdVersionPage').then((module) => module.EditJdVersionPage));
const JdVersionChangesPage = lazyPage(() => import('./JdVersionChangesPage').then((module) => module.JdVersionChangesPage));
const JdVersionPage = lazyPage(() => import('./JdVersionPage').then((module) => module.JdVersionPage));
const JobDescriptionPage = lazyPage(() => import('./JobDescriptionPage').then((module) => module.JobDescriptionPage));
const JobDescriptionsPage = lazyPage(() => import('./JobDescriptionsPage').then((module) => module.JobDescriptionsPage));
const NewJobDescriptionPage = lazyPage(() => import('./NewJobDescriptionPage').then((module) => module.NewJobDescriptionPage));

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
