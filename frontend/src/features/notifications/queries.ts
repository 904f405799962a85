import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from '../../api/client';
import { callApi } from '../../api/problem';

/** One key per resource; everything under `['me', 'notifications']` is refreshed when one is marked read. */
export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  page: (page: number) => ['me', 'notifications', 'page', page] as const,
  unreadCount: ['me', 'notifications', 'unread-count'] as const,
  attention: ['me', 'attention'] as const,
};

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** What needs the caller's attention, worked out by the server for their role. */
export function useAttention() {
  return useQuery({
    queryKey: notificationKeys.attention,
    queryFn: () => callApi(() => notificationsApi.getMyAttention()),
  });
}

/** A page of the caller's notifications, newest first. */
export function useNotifications(page: number) {
  return useQuery({
    queryKey: notificationKeys.page(page),
    queryFn: () => callApi(() => notificationsApi.listMyNotifications({ page, size: NOTIFICATIONS_PAGE_SIZE })),
    placeholderData: keepPreviousData,
  });
}

/** How many of the caller's notifications are unread (for the header link); checked again every minute. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: () => callApi(() => notificationsApi.listMyNotifications({ unread: true, size: 1 })),
    select: (page) => page.unread,
    enabled,
    retry: false,
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => callApi(() => notificationsApi.markNotificationRead({ notificationId })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(() => notificationsApi.markAllNotificationsRead()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
