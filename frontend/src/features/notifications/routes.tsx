import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../auth/roles';
import { lazyPage } from '../../components/lazyPage';

const NotificationsPage = lazyPage(() => import('./NotificationsPage').then((module) => module.NotificationsPage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** The signed-in person's notifications (every role). */
export function notificationRoutes(guarded: Guard) {
  return [<Route key="notifications" path="notifications" element={guarded(<NotificationsPage />)} />];
}
