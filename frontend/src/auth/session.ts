import { useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/client';
import { ApiProblem, callApi } from '../api/problem';
import type { Profile } from '../generated/api';

export const currentUserKey = ['current-user'] as const;

/** The signed-in user's profile; `null` when nobody is signed in. */
export function useCurrentUser() {
  return useQuery<Profile | null>({
    queryKey: currentUserKey,
    queryFn: async () => {
      try {
        return await callApi(() => authApi.getCurrentUser());
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) {
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export function useSignedIn() {
  const queryClient = useQueryClient();
  return (profile: Profile) => {
    queryClient.clear();
    queryClient.setQueryData(currentUserKey, profile);
  };
}
