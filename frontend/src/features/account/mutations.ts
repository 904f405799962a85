import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { currentUserKey } from '../../auth/session';
import type { PasswordChange } from '../../generated/api';

/** Changes the signed-in user's own password; the answer is their profile, which replaces the cached one. */
export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (passwordChange: PasswordChange) => callApi(() => authApi.changeOwnPassword({ passwordChange })),
    onSuccess: (profile) => {
      queryClient.setQueryData(currentUserKey, profile);
    },
  });
}
