import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../../components/lazyPage';
import type { Role } from '../../auth/roles';

// each screen is its own chunk, loaded when its route is first visited
const MyRolePage = lazyPage(() => import('./MyRolePage').then((module) => module.MyRolePage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** The staff member's own page (`/my-role`): every signed-in user has one, though staff are sent there first. */
export function myRoleRoutes(guarded: Guard) {
  return [<Route key="my-role" path="my-role" element={guarded(<MyRolePage />)} />];
}
