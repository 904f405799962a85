import { useQuery } from '@tanstack/react-query';
import { jobDescriptionsApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import type { JdSearch } from './jdSearchParams';

export const JDS_PAGE_SIZE = 25;

/** One key per resource, one shape per key: `['jd-version', id]` always holds the version with its ETag. */
export const jdKeys = {
  all: ['job-descriptions'] as const,
  list: (search: JdSearch) => ['job-descriptions', search] as const,
  filters: ['job-description-filters'] as const,
  jd: (jdId: string) => ['job-description', jdId] as const,
  held: ['job-descriptions', 'held-by-me'] as const,
  version: (versionId: string) => ['jd-version', versionId] as const,
  changes: (versionId: string) => ['jd-version-changes', versionId] as const,
};

export function useJobDescriptions(search: JdSearch) {
  return useQuery({
    queryKey: jdKeys.list(search),
    queryFn: () =>
      callApi(() =>
        jobDescriptionsApi.listJobDescriptions({
          q: search.q || undefined,
          roleFamily: search.roleFamily || undefined,
          directorate: search.directorate || undefined,
          bandId: search.bandId || undefined,
          status: search.status || undefined,
          benchmark: search.benchmark === '' ? undefined : search.benchmark === 'true',
          sort: search.sort,
          page: search.page,
          size: JDS_PAGE_SIZE,
        }),
      ),
  });
}

export function useJobDescriptionFilters() {
  return useQuery({
    queryKey: jdKeys.filters,
    queryFn: () => callApi(() => jobDescriptionsApi.getJobDescriptionFilters()),
    staleTime: 60_000,
  });
}

export function useJobDescription(jdId: string) {
  return useQuery({
    queryKey: jdKeys.jd(jdId),
    queryFn: () => readVersioned(() => jobDescriptionsApi.getJobDescriptionRaw({ jdId })),
  });
}

/** A JD version with its ETag; an empty id waits. */
export function useJdVersion(versionId: string) {
  return useQuery({
    queryKey: jdKeys.version(versionId),
    queryFn: () => readVersioned(() => jobDescriptionsApi.getJdVersionRaw({ versionId })),
    enabled: versionId !== '',
  });
}

/** The job descriptions of the posts the signed-in user holds. */
export function useHeldJobDescriptions() {
  return useQuery({
    queryKey: jdKeys.held,
    queryFn: () => callApi(() => jobDescriptionsApi.listJobDescriptions({ heldByMe: true, size: JDS_PAGE_SIZE })),
  });
}

export function useJdVersionChanges(versionId: string) {
  return useQuery({
    queryKey: jdKeys.changes(versionId),
    queryFn: () => callApi(() => jobDescriptionsApi.getJdVersionChanges({ versionId })),
  });
}
