import { useQuery } from '@tanstack/react-query';
import { evaluationsApi, schemesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import { type Role, SchemeStatus } from '../../generated/api';
import { type QueueFilter, QUEUE_PAGE_SIZE } from './queueParams';

/**
 * One key per resource, one shape per key. Schemes and JD versions are read through their own features' hooks
 * (`['scheme', id]`, `['jd-version', id]`), never cached here in another shape.
 */
export const evaluationKeys = {
  queue: (filter: QueueFilter) => ['evaluations', 'queue', filter] as const,
  mine: ['evaluations', 'requested-by-me'] as const,
  waitingTimes: ['evaluations', 'waiting-times'] as const,
  evaluation: (evaluationId: string) => ['evaluation', evaluationId] as const,
  consensus: (evaluationId: string) => ['evaluation', evaluationId, 'consensus'] as const,
  consistency: (evaluationId: string) => ['evaluation', evaluationId, 'consistency'] as const,
  outcome: (evaluationId: string) => ['evaluation', evaluationId, 'outcome'] as const,
  activeSchemes: ['schemes', 'active-for-panels'] as const,
  directory: (role: Role) => ['directory', role] as const,
};

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
          awaitingSignOff: filter.awaitingSignOff || undefined,
          requestedByMe: filter.requestedByMe || undefined,
          sort: filter.sort,
          page: filter.page,
          size: QUEUE_PAGE_SIZE,
        }),
      ),
  });
}

/** Every request the signed-in user made, whatever its status, longest waiting first. */
export function useMyRequests() {
  return useQuery({
    queryKey: evaluationKeys.mine,
    queryFn: () => callApi(() => evaluationsApi.listEvaluations({ requestedByMe: true, size: 100 })),
  });
}

export function useWaitingTimes(enabled: boolean) {
  return useQuery({
    queryKey: evaluationKeys.waitingTimes,
    queryFn: () => callApi(() => evaluationsApi.getWaitingTimes()),
    enabled,
  });
}

/** The evaluation and its ETag, with its derived state as the server worked it out. */
export function useEvaluation(evaluationId: string) {
  return useQuery({
    queryKey: evaluationKeys.evaluation(evaluationId),
    queryFn: () => readVersioned(() => evaluationsApi.getEvaluationRaw({ evaluationId })),
    enabled: evaluationId !== '',
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

export function useOutcome(evaluationId: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.outcome(evaluationId ?? ''),
    queryFn: () => callApi(() => evaluationsApi.getOutcome({ evaluationId: evaluationId as string })),
    enabled: evaluationId !== undefined && evaluationId !== '',
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
