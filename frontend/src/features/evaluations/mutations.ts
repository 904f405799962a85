import { useMutation, useQueryClient } from '@tanstack/react-query';
import { evaluationsApi } from '../../api/client';
import { ApiProblem, callApi, toApiProblem } from '../../api/problem';
import { readVersioned, type Versioned } from '../../api/versioned';
import {
  type ApiResponse,
  type Evaluation,
  type EvaluationDecision,
  type PanelInput,
  ResponseError,
} from '../../generated/api';
import { evaluationKeys } from './queries';

/**
 * The evaluation's writes. Each is sent with the ETag of the version the person saw (If-Match), stores the
 * evaluation it answers with, and refreshes what derives from it: the queue, the panel's views, and the JD once
 * an outcome is published.
 */
function useEvaluationWrite<Vars>(evaluationId: string, call: (vars: Vars) => Promise<ApiResponse<Evaluation>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: Vars) => readVersioned(() => call(vars)),
    onSuccess: (saved: Versioned<Evaluation>) => {
      queryClient.setQueryData(evaluationKeys.evaluation(evaluationId), saved);
      void queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      void queryClient.invalidateQueries({ queryKey: ['evaluation', evaluationId], predicate: (query) => query.queryKey.length > 2 });
      if (saved.record.status === 'PUBLISHED' || saved.record.status === 'ACCEPTED') {
        void queryClient.invalidateQueries({ queryKey: ['job-description', saved.record.jdId] });
        void queryClient.invalidateQueries({ queryKey: ['jd-version', saved.record.jdVersionId] });
        void queryClient.invalidateQueries({ queryKey: ['job-descriptions'] });
      }
    },
  });
}

export function useDecideRequest(evaluationId: string) {
  return useEvaluationWrite(evaluationId, ({ etag, decision }: { etag: string; decision: EvaluationDecision }) =>
    evaluationsApi.decideEvaluationRequestRaw({ evaluationId, ifMatch: etag, evaluationDecision: decision }),
  );
}

export function useSetPanel(evaluationId: string) {
  return useEvaluationWrite(evaluationId, ({ etag, panel }: { etag: string; panel: PanelInput }) =>
    evaluationsApi.setEvaluationPanelRaw({ evaluationId, ifMatch: etag, panelInput: panel }),
  );
}

export function useAgreeLevel(evaluationId: string) {
  return useEvaluationWrite(evaluationId, ({ etag, factorCode, level, rationale }: { etag: string; factorCode: string; level: number; rationale: string }) =>
    evaluationsApi.recordAgreedLevelRaw({ evaluationId, factorCode, ifMatch: etag, agreedLevelInput: { level, rationale } }),
  );
}

export function useSignOff(evaluationId: string) {
  return useEvaluationWrite(evaluationId, ({ etag }: { etag: string }) => evaluationsApi.signOffEvaluationRaw({ evaluationId, ifMatch: etag }));
}

export function useRecordCheck(evaluationId: string) {
  return useEvaluationWrite(evaluationId, ({ etag, conclusion }: { etag: string; conclusion: string }) =>
    evaluationsApi.recordConsistencyCheckRaw({ evaluationId, ifMatch: etag, consistencyCheckInput: { conclusion } }),
  );
}

export function usePublish(evaluationId: string) {
  return useEvaluationWrite(evaluationId, ({ etag, effectiveFrom }: { etag: string; effectiveFrom: Date }) =>
    evaluationsApi.publishEvaluationRaw({ evaluationId, ifMatch: etag, publicationInput: { effectiveFrom } }),
  );
}

/** A member's own provisional levels; answers with the consensus view as that member may see it. */
export function useRecordProvisionalLevels(evaluationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (levels: Record<string, number>) =>
      callApi(() => evaluationsApi.recordProvisionalLevels({ evaluationId, provisionalLevelsInput: { levels } })),
    onSuccess: (consensus) => {
      queryClient.setQueryData(evaluationKeys.consensus(evaluationId), consensus);
    },
  });
}

/** A refused request that names the open request of the same job description (409 with `existingId`). */
export class OpenRequestExists extends ApiProblem {
  readonly existingId: string;

  constructor(problem: ApiProblem, existingId: string) {
    super({ status: problem.status, title: problem.title, detail: problem.detail, fieldProblems: [] });
    this.existingId = existingId;
  }
}

async function existingIdOf(error: unknown): Promise<string | undefined> {
  if (!(error instanceof ResponseError) || error.response.status !== 409) {
    return undefined;
  }
  try {
    const body: unknown = await error.response.clone().json();
    const existingId = (body as { existingId?: unknown } | null)?.existingId;
    return typeof existingId === 'string' ? existingId : undefined;
  } catch {
    return undefined;
  }
}

export function useRequestEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ jdVersionId, reason }: { jdVersionId: string; reason: string }) => {
      try {
        return await evaluationsApi.requestEvaluation({ evaluationRequestCreate: { jdVersionId, reason } });
      } catch (error) {
        const existingId = await existingIdOf(error);
        const problem = await toApiProblem(error);
        throw existingId ? new OpenRequestExists(problem, existingId) : problem;
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['evaluations'] }),
  });
}
