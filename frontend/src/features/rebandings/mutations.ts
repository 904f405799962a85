import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rebandingsApi } from '../../api/client';
import { isoToDate } from '../../format/dates';
import { peopleKeys } from '../people/queries';
import { rebandingKeys } from './queries';

function useRefresh() {
  const queryClient = useQueryClient();
  return async (rebandingId: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: rebandingKeys.all }),
      queryClient.invalidateQueries({ queryKey: rebandingKeys.oneAll(rebandingId) }),
    ]);
  };
}

export interface NewRebanding {
  evaluationId: string;
  replacesJobDescriptionIds: string[];
  effectiveFrom?: string;
}

export function useCreateRebanding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: NewRebanding) =>
      rebandingsApi.createRebanding({
        rebandingCreate: {
          evaluationId: fields.evaluationId,
          replacesJobDescriptionIds: new Set(fields.replacesJobDescriptionIds),
          effectiveFrom: fields.effectiveFrom ? isoToDate(fields.effectiveFrom) : undefined,
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rebandingKeys.all }),
  });
}

export function useRecalculateRebanding(rebandingId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (etag: string) => rebandingsApi.recalculateRebanding({ rebandingId, ifMatch: etag }),
    onSuccess: () => refresh(rebandingId),
  });
}

export function useDiscardRebanding(rebandingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => rebandingsApi.discardRebanding({ rebandingId, ifMatch: etag }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: rebandingKeys.oneAll(rebandingId) });
      await queryClient.invalidateQueries({ queryKey: rebandingKeys.all });
    },
  });
}

export function useApplyRebanding(rebandingId: string) {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => rebandingsApi.applyRebanding({ rebandingId, ifMatch: etag }),
    onSuccess: async () => {
      await Promise.all([
        refresh(rebandingId),
        queryClient.invalidateQueries({ queryKey: ['staff'] }),
        queryClient.invalidateQueries({ queryKey: ['staff-member'] }),
        queryClient.invalidateQueries({ queryKey: peopleKeys.me }),
        queryClient.invalidateQueries({ queryKey: ['protections'] }),
      ]);
    },
  });
}
