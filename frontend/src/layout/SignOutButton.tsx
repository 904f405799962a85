import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { authApi } from '../api/client';
import { currentUserKey } from '../auth/session';

export function SignOutButton() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = async () => {
    try {
      await authApi.logout();
    } catch {
      // the session may already have ended; either way the user is signed out here
    }
    queryClient.clear();
    queryClient.setQueryData(currentUserKey, null);
    navigate('/sign-in');
  };
  return (
    <button type="button" className="govuk-button govuk-button--secondary app-sign-out" onClick={signOut}>
      Sign out
    </button>
  );
}
