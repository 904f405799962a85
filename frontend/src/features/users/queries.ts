import { useQuery } from '@tanstack/react-query';
import { usersApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';

export const USERS_PAGE_SIZE = 25;

export const userKeys = {
  list: (q: string, page: number) => ['users', q, page] as const,
  user: (userId: string) => ['user', userId] as const,
};

export function useUsers(q: string, page: number) {
  return useQuery({
    queryKey: userKeys.list(q, page),
    queryFn: () => callApi(() => usersApi.listUsers({ q: q || undefined, page, size: USERS_PAGE_SIZE })),
  });
}

export function useUser(userId: string) {
  return useQuery({
    queryKey: userKeys.user(userId),
    queryFn: () => readVersioned(() => usersApi.getUserRaw({ userId })),
  });
}
