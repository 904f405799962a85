import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffImportsApi } from '../../api/client';
import { isoToDate } from '../../format/dates';
import { peopleKeys } from '../people/queries';
import { importKeys } from './queries';

/** Uploads a file as the `file` field of a multipart form (the generated client would send it as text/csv). */
export function useUploadStaffImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, effectiveFrom }: { file: File; effectiveFrom?: string }) =>
      staffImportsApi.createStaffImport(
        { body: file, effectiveFrom: effectiveFrom ? isoToDate(effectiveFrom) : undefined },
        async ({ init }) => {
          const headers = { ...(init.headers as Record<string, string>) };
          delete headers['Content-Type']; // the browser sets multipart/form-data with its boundary
          const form = new FormData();
          form.append('file', file, file.name);
          return { body: form, headers };
        },
      ),
    onSuccess: async (created) => {
      queryClient.setQueryData(importKeys.one(created.id), created);
      await queryClient.invalidateQueries({ queryKey: importKeys.all });
    },
  });
}

export function useApplyStaffImport(importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => staffImportsApi.applyStaffImport({ importId }),
    onSuccess: async (applying) => {
      queryClient.setQueryData(importKeys.one(importId), applying);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: importKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['staff'] }),
        queryClient.invalidateQueries({ queryKey: peopleKeys.units }),
      ]);
    },
  });
}
