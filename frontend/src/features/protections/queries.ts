import { useQuery } from '@tanstack/react-query';
import { protectionsApi } from '../../api/client';
import { callApi } from '../../api/problem';

export const PROTECTIONS_PAGE_SIZE = 25;
/** Protected people and HR see the end coming this many days ahead. */
export const EXPIRY_WARNING_DAYS = 90;

export type ProtectionView = 'ending' | 'active' | 'ended';

/** One key per resource, one shape per key. */
export const protectionKeys = {
  all: ['protections'] as const,
  list: (view: ProtectionView, page: number) => ['protections', view, page] as const,
};

export function useProtections(view: ProtectionView, page: number) {
  return useQuery({
    queryKey: protectionKeys.list(view, page),
    queryFn: () =>
      callApi(() =>
        protectionsApi.listProtections({
          status: view === 'ended' ? 'ENDED' : 'ACTIVE',
          expiringWithinDays: view === 'ending' ? EXPIRY_WARNING_DAYS : undefined,
          page,
          size: PROTECTIONS_PAGE_SIZE,
        }),
      ),
  });
}

export const endProtectionPath = (protection: { id: string; staffNumber: string }) =>
  `/protections/${protection.id}/end?staffNumber=${encodeURIComponent(protection.staffNumber)}`;
