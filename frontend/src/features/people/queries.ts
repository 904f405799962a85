import { useQuery } from '@tanstack/react-query';
import { peopleApi } from '../../api/client';
import { callApi } from '../../api/problem';
import type { StaffSearch } from './staffSearchParams';

export const STAFF_PAGE_SIZE = 25;

/** One key per resource, one shape per key. */
export const peopleKeys = {
  me: ['my-staff-record'] as const,
  staffList: (search: StaffSearch) => ['staff', search] as const,
  staffMember: (staffNumber: string) => ['staff-member', staffNumber] as const,
  units: ['units'] as const,
};

/** The signed-in person's own staff record (404 when the account is linked to none). */
export function useMyRecord() {
  return useQuery({
    queryKey: peopleKeys.me,
    queryFn: () => callApi(() => peopleApi.getMyRecord()),
  });
}

export function useStaff(search: StaffSearch) {
  return useQuery({
    queryKey: peopleKeys.staffList(search),
    queryFn: () =>
      callApi(() =>
        peopleApi.listStaff({
          q: search.q || undefined,
          unit: search.unit || undefined,
          band: search.band || undefined,
          atRisk: search.atRisk === '' ? undefined : search.atRisk === 'true',
          _protected: search.protected === '' ? undefined : search.protected === 'true',
          page: search.page,
          size: STAFF_PAGE_SIZE,
        }),
      ),
  });
}

export function useStaffMember(staffNumber: string) {
  return useQuery({
    queryKey: peopleKeys.staffMember(staffNumber),
    queryFn: () => callApi(() => peopleApi.getStaffMember({ staffNumber })),
    enabled: staffNumber !== '',
  });
}

export function useUnits() {
  return useQuery({
    queryKey: peopleKeys.units,
    queryFn: () => callApi(() => peopleApi.listUnits()),
    staleTime: 60_000,
  });
}
