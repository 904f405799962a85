import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { QueryState } from '../components/QueryState';
import { ForbiddenPage } from '../features/errors/ErrorPages';
import { CHANGE_PASSWORD_PATH, changePasswordPathFor, signInPathFor } from './returnTo';
import { hasAnyRole, type Role } from './roles';
import { useCurrentUser } from './session';

interface RequireRolesProps {
  /** Any one of these roles lets the user in; omit for "every signed-in user". */
  roles?: readonly Role[];
  children: ReactNode;
}

/**
 * Route guard: signs the user in first, sends a user who must choose their own password to do that first, then shows the permission
 * page when their roles do not allow the route.
 */
export function RequireRoles({ roles, children }: RequireRolesProps) {
  const { data: profile, isPending, error } = useCurrentUser();
  const location = useLocation();
  if (isPending || error) {
    return <QueryState isPending={isPending} error={error} />;
  }
  if (!profile) {
    return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  }
  if (profile.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={changePasswordPathFor(location.pathname + location.search)} replace />;
  }
  if (!hasAnyRole(profile.roles, roles)) {
    return <ForbiddenPage />;
  }
  return <>{children}</>;
}
