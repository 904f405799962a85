import { useQuery } from '@tanstack/react-query';
import { schemesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import type { SchemeListFilter } from './schemeListParams';

export const SCHEMES_PAGE_SIZE = 50;

export const schemeKeys = {
  all: ['schemes'] as const,
  list: (filter: SchemeListFilter) => ['schemes', filter] as const,
  scheme: (schemeId: string) => ['scheme', schemeId] as const,
};

export function useSchemes(filter: SchemeListFilter) {
  return useQuery({
    queryKey: schemeKeys.list(filter),
    queryFn: () =>
      callApi(() => schemesApi.listSchemes({ status: filter.status || undefined, page: filter.page, size: SCHEMES_PAGE_SIZE })),
  });
}

export function useScheme(schemeId: string) {
  return useQuery({
    queryKey: schemeKeys.scheme(schemeId),
    queryFn: () => readVersioned(() => schemesApi.getSchemeRaw({ schemeId })),
  });
}
