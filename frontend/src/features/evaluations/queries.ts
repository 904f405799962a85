import { useQuery } from '@tanstack/react-query';
import { evaluationsApi, jobDescriptionsApi, schemesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import { type Role, SchemeStatus } from '../../generated/api';
import { type QueueFilter, QUEUE_PAGE_SIZE } from './queueParams';

export const evaluationKeys = {
  queue: (filter: QueueFilter) => ['evaluations', 'queue', filter] as const,
  waitingTimes: ['evaluations', 'waiting-times'] as const,
  evaluation: (evaluationId: string) => ['evaluation', evaluationId] as const,
  consensus: (evaluationId: string) => ['evaluation', evaluationId, 'consensus'] as const,
  consistency: (evaluationId: string) => ['evaluation', evaluationId, 'consistency'] as const,
  outcome: (evaluationId: string) => ['evaluation', evaluationId, 'outcome'] as const,
  scheme: (schemeId: string) => ['scheme', schemeId] as const,
  activeSchemes: ['schemes', 'ACTIVE'] as const,
  directory: (role: Role) => ['directory', role] as const,
  jdVersion: (versionId: string) => ['jd-version', versionId] as const,
};

/** Everything cached about one evaluation (the record, consensus, consistency, outcome). */
export const anyEvaluationKey = (evaluationId: string) => ['evaluation', evaluationId] as const;

export function useQueue(filter: QueueFilter) {
  return useQuery({
    queryKey: evaluationKeys.queue(filter),
    queryFn: () =>
      callApi(() =>
        evaluationsApi.listEvaluations({
          status: filter.statuses.length > 0 ? filter.statuses : undefined,
          priority: filter.priority || undefined,
          directorate: filter.directorate || undefined,
          requesterType: filter.requesterType || undefined,
          onMyPanel: filter.onMyPanel || undefined,
          sort: filter.sort,
          page: filter.page,
          size: QUEUE_PAGE_SIZE,
        }),
      ),
  });
}

export function useWaitingTimes(enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.waitingTimes,
    queryFn: () => callApi(() => evaluationsApi.getWaitingTimes()),
    enabled,
  });
}

export function useEvaluation(evaluationId: string) {
  return useQuery({
    queryKey: evaluationKeys.evaluation(evaluationId),
    queryFn: () => readVersioned(() => evaluationsApi.getEvaluationRaw({ evaluationId })),
  });
}

export function useConsensus(evaluationId: string, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.consensus(evaluationId),
    queryFn: () => callApi(() => evaluationsApi.getConsensus({ evaluationId })),
    enabled,
  });
}

export function useConsistency(evaluationId: string, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.consistency(evaluationId),
    queryFn: () => callApi(() => evaluationsApi.getConsistency({ evaluationId })),
    enabled,
  });
}

export function useOutcome(evaluationId: string) {
  return useQuery({
    queryKey: evaluationKeys.outcome(evaluationId),
    queryFn: () => callApi(() => evaluationsApi.getOutcome({ evaluationId })),
  });
}

export function useScheme(schemeId: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.scheme(schemeId ?? ''),
    queryFn: () => callApi(() => schemesApi.getScheme({ schemeId: schemeId as string })),
    enabled: schemeId !== undefined,
    staleTime: 5 * 60_000,
  });
}

export function useActiveSchemes() {
  return useQuery({
    queryKey: evaluationKeys.activeSchemes,
    queryFn: () => callApi(() => schemesApi.listSchemes({ status: SchemeStatus.Active, size: 100 })),
    staleTime: 5 * 60_000,
  });
}

export function useDirectory(role: Role) {
  return useQuery({
    queryKey: evaluationKeys.directory(role),
    queryFn: () => callApi(() => evaluationsApi.listDirectory({ role, size: 100 })),
    staleTime: 60_000,
  });
}

export function useJdVersion(versionId: string) {
  return useQuery({
    queryKey: evaluationKeys.jdVersion(versionId),
    queryFn: () => callApi(() => jobDescriptionsApi.getJdVersion({ versionId })),
    enabled: versionId !== '',
  });
}

export function useDirectorates() {
  return useQuery({
    queryKey: ['job-description-filters'],
    queryFn: () => callApi(() => jobDescriptionsApi.getJobDescriptionFilters()),
    staleTime: 5 * 60_000,
  });
}
