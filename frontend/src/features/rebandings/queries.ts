import { useQuery } from '@tanstack/react-query';
import { evaluationsApi, jobDescriptionsApi, rebandingsApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import type { GetRebandingSortEnum } from '../../generated/api';

export const REBANDINGS_PAGE_SIZE = 20;
export const PEOPLE_PAGE_SIZE = 25;
export type PeopleSort = GetRebandingSortEnum;
export const PEOPLE_SORTS: readonly PeopleSort[] = ['name', 'staffNumber', 'change', 'annualChange', 'arrears'];

/** One key per resource, one shape per key: `['rebanding', id, sort, page]` always holds the re-banding with its ETag. */
export const rebandingKeys = {
  all: ['rebandings'] as const,
  list: (page: number) => ['rebandings', page] as const,
  oneAll: (rebandingId: string) => ['rebanding', rebandingId] as const,
  one: (rebandingId: string, sort: PeopleSort, page: number) => ['rebanding', rebandingId, sort, page] as const,
  outcomes: ['rebanding-outcomes'] as const,
  candidates: (directorate: string) => ['rebanding-replaceable-jds', directorate] as const,
};

export function useRebandings(page: number) {
  return useQuery({
    queryKey: rebandingKeys.list(page),
    queryFn: () => callApi(() => rebandingsApi.listRebandings({ page, size: REBANDINGS_PAGE_SIZE })),
  });
}

export function useRebanding(rebandingId: string, sort: PeopleSort = 'name', page = 1) {
  return useQuery({
    queryKey: rebandingKeys.one(rebandingId, sort, page),
    queryFn: () => readVersioned(() => rebandingsApi.getRebandingRaw({ rebandingId, sort, page, size: PEOPLE_PAGE_SIZE })),
    placeholderData: (previous) => previous,
  });
}

/** Published outcomes a re-banding can carry out, newest first. */
export function usePublishedOutcomes() {
  return useQuery({
    queryKey: rebandingKeys.outcomes,
    queryFn: () => callApi(() => evaluationsApi.listEvaluations({ status: ['PUBLISHED'], page: 1, size: 100 })),
  });
}

/** JDs a new JD may replace: those of the same directorate. */
export function useReplaceableJds(directorate: string) {
  return useQuery({
    queryKey: rebandingKeys.candidates(directorate),
    queryFn: () => callApi(() => jobDescriptionsApi.listJobDescriptions({ directorate, page: 1, size: 100, sort: 'title' })),
    enabled: directorate !== '',
  });
}
