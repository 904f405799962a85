import { useQuery } from '@tanstack/react-query';
import { evaluationsApi, schemesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { EvaluationStatus, SchemeStatus } from '../../generated/api';

/** A slice of the evaluation queue for a home page (cached under the queue's key, so queue changes refresh it). */
export interface HomeQueueSlice {
  home: 'my-panels' | 'to-decide' | 'longest-waiting' | 'in-panel';
}

const SLICES: Record<HomeQueueSlice['home'], Parameters<typeof evaluationsApi.listEvaluations>[0]> = {
  'my-panels': { onMyPanel: true, size: 20 },
  'to-decide': { status: [EvaluationStatus.Requested], size: 20 },
  'longest-waiting': { sort: 'daysWaiting', size: 100 },
  'in-panel': { status: [EvaluationStatus.InPanel], size: 20 },
};

export function useQueueSlice(home: HomeQueueSlice['home']) {
  return useQuery({
    queryKey: ['evaluations', 'queue', { home }] as const,
    queryFn: () => callApi(() => evaluationsApi.listEvaluations(SLICES[home])),
  });
}

export function useDraftSchemes() {
  return useQuery({
    queryKey: ['schemes', { home: 'drafts' }] as const,
    queryFn: () => callApi(() => schemesApi.listSchemes({ status: SchemeStatus.Draft, size: 20 })),
  });
}
