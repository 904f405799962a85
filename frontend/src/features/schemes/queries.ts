import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { schemesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import type { SchemeListFilter } from './schemeListParams';

export const SCHEMES_PAGE_SIZE = 50;

/** One key per resource, one shape per key: `['scheme', id]` always holds the scheme with its ETag. */
export const schemeKeys = {
  all: ['schemes'] as const,
  list: (filter: SchemeListFilter) => ['schemes', filter] as const,
  scheme: (schemeId: string) => ['scheme', schemeId] as const,
  score: (schemeId: string, levels: Record<string, number>) => ['scheme-score', schemeId, levels] as const,
};

export function useSchemes(filter: SchemeListFilter) {
  return useQuery({
    queryKey: schemeKeys.list(filter),
    queryFn: () =>
      callApi(() => schemesApi.listSchemes({ status: filter.status || undefined, page: filter.page, size: SCHEMES_PAGE_SIZE })),
  });
}

/** A scheme version and its ETag; `schemeId` undefined waits (for example until an evaluation has a panel). */
export function useScheme(schemeId: string | undefined) {
  return useQuery({
    queryKey: schemeKeys.scheme(schemeId ?? ''),
    queryFn: () => readVersioned(() => schemesApi.getSchemeRaw({ schemeId: schemeId as string })),
    enabled: schemeId !== undefined && schemeId !== '',
    staleTime: 60_000,
  });
}

/**
 * The scheme's own scoring of a complete set of levels (the server decides the total, band and boundaries: one rule,
 * one place). Asked only when `enabled`; nothing is saved.
 */
export function useScorePreview(schemeId: string, levels: Record<string, number>, enabled: boolean) {
  return useQuery({
    queryKey: schemeKeys.score(schemeId, levels),
    queryFn: () => callApi(() => schemesApi.scoreLevels({ schemeId, scoreRequest: { levels } })),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}
