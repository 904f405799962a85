import { useMutation, useQueryClient } from '@tanstack/react-query';
import { schemesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import type { SchemeInput, SchemeStatus } from '../../generated/api';
import { schemeKeys } from './queries';

/** Scheme changes, each sent with the ETag of the version the admin saw; the cache is refreshed after each. */
function useSchemeRefresh() {
  const queryClient = useQueryClient();
  return async (schemeId?: string) => {
    if (schemeId) {
      await queryClient.invalidateQueries({ queryKey: schemeKeys.scheme(schemeId) });
    }
    await queryClient.invalidateQueries({ queryKey: schemeKeys.all });
  };
}

export function useUpdateScheme(schemeId: string) {
  const queryClient = useQueryClient();
  const refresh = useSchemeRefresh();
  return useMutation({
    mutationFn: ({ etag, input }: { etag: string; input: SchemeInput }) =>
      readVersioned(() => schemesApi.updateSchemeRaw({ schemeId, ifMatch: etag, schemeInput: input })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(schemeKeys.scheme(schemeId), saved);
      await refresh();
    },
  });
}

export function useStartSchemeVersion() {
  const refresh = useSchemeRefresh();
  return useMutation({
    mutationFn: (schemeId: string) => callApi(() => schemesApi.createSchemeVersion({ schemeId })),
    onSuccess: () => refresh(),
  });
}

export function useChangeSchemeStatus(schemeId: string) {
  const queryClient = useQueryClient();
  const refresh = useSchemeRefresh();
  return useMutation({
    mutationFn: ({ etag, status }: { etag: string; status: SchemeStatus }) =>
      readVersioned(() => schemesApi.changeSchemeStatusRaw({ schemeId, ifMatch: etag, schemeStatusChange: { status } })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(schemeKeys.scheme(schemeId), saved);
      await refresh();
    },
  });
}
