import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { EVALUATION_MANAGERS, EVALUATION_REQUESTERS, type Role } from '../../auth/roles';
import { ConsensusPage } from './ConsensusPage';
import { ConsistencyPage } from './ConsistencyPage';
import { EvaluationPage } from './EvaluationPage';
import { OutcomePage } from './OutcomePage';
import { PanelFormPage } from './PanelFormPage';
import { PublishPage } from './PublishPage';
import { QueuePage } from './QueuePage';
import { RequestEvaluationPage } from './RequestEvaluationPage';
import { ScoringPage } from './ScoringPage';

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
    <Route key="outcome" path="evaluations/:evaluationId/outcome" element={guarded(<OutcomePage />)} />,
  ];
}
