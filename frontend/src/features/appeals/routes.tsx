import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../auth/roles';
import { lazyPage } from '../../components/lazyPage';
import { APPEAL_LODGERS, APPEAL_MANAGERS, APPEAL_READERS } from './roles';

// each screen is its own chunk, loaded when its route is first visited
const AppealsPage = lazyPage(() => import('./AppealsPage').then((module) => module.AppealsPage));
const AppealPage = lazyPage(() => import('./AppealPage').then((module) => module.AppealPage));
const AppealStepPage = lazyPage(() => import('./AppealStepPage').then((module) => module.AppealStepPage));
const LodgeAppealPage = lazyPage(() => import('./LodgeAppealPage').then((module) => module.LodgeAppealPage));
const ConsentPage = lazyPage(() => import('./ConsentPage').then((module) => module.ConsentPage));
const ReviewPanelPage = lazyPage(() => import('./ReviewPanelPage').then((module) => module.ReviewPanelPage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** Appeals: the list, lodging, one appeal and its steps, the review panel, and a member's consent. */
export function appealRoutes(guarded: Guard) {
  return [
    <Route key="appeals" path="appeals" element={guarded(<AppealsPage />, APPEAL_READERS)} />,
    <Route key="appeals-new" path="appeals/new" element={guarded(<LodgeAppealPage />, APPEAL_LODGERS)} />,
    <Route key="appeals-consent" path="appeals/consent" element={guarded(<ConsentPage />)} />,
    <Route key="appeal" path="appeals/:appealId" element={guarded(<AppealPage />, APPEAL_READERS)} />,
    <Route key="appeal-step" path="appeals/:appealId/steps/:step" element={guarded(<AppealStepPage />, APPEAL_LODGERS)} />,
    <Route key="appeal-panel" path="appeals/:appealId/review-panel" element={guarded(<ReviewPanelPage />, APPEAL_MANAGERS)} />,
  ];
}
