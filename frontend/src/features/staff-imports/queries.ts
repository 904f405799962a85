import { useQuery } from '@tanstack/react-query';
import { staffImportsApi } from '../../api/client';
import { callApi } from '../../api/problem';
import type { StaffImport } from '../../generated/api';

export const IMPORTS_PAGE_SIZE = 20;
export const ERRORS_PAGE_SIZE = 50;
/** How often a running import is asked where it stands. */
export const POLL_MILLIS = 1000;

/** One key per resource, one shape per key. */
export const importKeys = {
  all: ['staff-imports'] as const,
  list: (page: number) => ['staff-imports', page] as const,
  one: (importId: string) => ['staff-import', importId] as const,
  errors: (importId: string, page: number) => ['staff-import-errors', importId, page] as const,
};

export function isRunning(staffImport: StaffImport | undefined): boolean {
  return staffImport?.status === 'VALIDATING' || staffImport?.status === 'APPLYING';
}

export function useStaffImports(page: number) {
  return useQuery({
    queryKey: importKeys.list(page),
    queryFn: () => callApi(() => staffImportsApi.listStaffImports({ page, size: IMPORTS_PAGE_SIZE })),
  });
}

/** An import, asked again every second while it is validating or applying (the state lives in the database). */
export function useStaffImport(importId: string) {
  return useQuery({
    queryKey: importKeys.one(importId),
    queryFn: () => callApi(() => staffImportsApi.getStaffImport({ importId })),
    refetchInterval: (query) => (isRunning(query.state.data) ? POLL_MILLIS : false),
  });
}

export function useStaffImportErrors(importId: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.errors(importId, page),
    queryFn: () => callApi(() => staffImportsApi.listStaffImportErrors({ importId, page, size: ERRORS_PAGE_SIZE })),
    enabled,
  });
}

export const templateHref = '/api/v1/staff-imports/template';
export const errorsExportHref = (importId: string) => `/api/v1/staff-imports/${encodeURIComponent(importId)}/errors/export`;
