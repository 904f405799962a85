import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../../components/lazyPage';
import { EVALUATION_MANAGERS, EVALUATION_REQUESTERS, type Role } from '../../auth/roles';

// each screen is its own chunk, loaded when its route is first visited
const ConsensusPage = lazyPage(() => import('./ConsensusPage').then((module) => module.ConsensusPage));
const ConsistencyPage = lazyPage(() => import('./ConsistencyPage').then((module) => module.ConsistencyPage));
const EvaluationPage = lazyPage(() => import('./EvaluationPage').then((module) => module.EvaluationPage));
const OutcomePage = lazyPage(() => import('./OutcomePage').then((module) => module.OutcomePage));
const PanelFormPage = lazyPage(() => import('./PanelFormPage').then((module) => module.PanelFormPage));
const PublishConfirmPage = lazyPage(() => import('./PublishConfirmPage').then((module) => module.PublishConfirmPage));
const PublishPage = lazyPage(() => import('./PublishPage').then((module) => module.PublishPage));
const QueuePage = lazyPage(() => import('./QueuePage').then((module) => module.QueuePage));
const RejectRequestPage = lazyPage(() => import('./RejectRequestPage').then((module) => module.RejectRequestPage));
const RequestEvaluationPage = lazyPage(() => import('./RequestEvaluationPage').then((module) => module.RequestEvaluationPage));
const ScoringPage = lazyPage(() => import('./ScoringPage').then((module) => module.ScoringPage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/**
 * The evaluation screens. Pages open to every signed-in user still show only what the server lets the user read
 * (panel work: HR, auditors and the panel's members).
 */
export function evaluationRoutes(guarded: Guard) {
  return [
    <Route key="queue" path="evaluations" element={guarded(<QueuePage />)} />,
    <Route key="request" path="evaluations/request" element={guarded(<RequestEvaluationPage />, EVALUATION_REQUESTERS)} />,
    <Route key="evaluation" path="evaluations/:evaluationId" element={guarded(<EvaluationPage />)} />,
    <Route key="panel" path="evaluations/:evaluationId/panel" element={guarded(<PanelFormPage />, EVALUATION_MANAGERS)} />,
    <Route key="score" path="evaluations/:evaluationId/score" element={guarded(<ScoringPage />)} />,
    <Route key="consensus" path="evaluations/:evaluationId/consensus" element={guarded(<ConsensusPage />)} />,
    <Route key="consistency" path="evaluations/:evaluationId/consistency" element={guarded(<ConsistencyPage />)} />,
    <Route key="publish" path="evaluations/:evaluationId/publish" element={guarded(<PublishPage />, EVALUATION_MANAGERS)} />,
    <Route key="publish-confirm" path="evaluations/:evaluationId/publish/confirm" element={guarded(<PublishConfirmPage />, EVALUATION_MANAGERS)} />,
    <Route key="reject" path="evaluations/:evaluationId/reject" element={guarded(<RejectRequestPage />, EVALUATION_MANAGERS)} />,
    <Route key="outcome" path="evaluations/:evaluationId/outcome" element={guarded(<OutcomePage />)} />,
  ];
}
