/** Each role's home page (see features/home). */
export const DEFAULT_AFTER_SIGN_IN = '/';

/** Only a local path ("/pay-bands?zone=LONDON") is allowed: never another origin ("//evil", "https://..."). */
export function safeReturnTo(returnTo: string | null | undefined): string {
  if (returnTo === null || returnTo === undefined) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  const isLocalPath =
    returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/\\') && !/[\r\n\t]/.test(returnTo);
  if (!isLocalPath || returnTo.startsWith('/sign-in')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  return returnTo;
}

export function signInPathFor(currentPath: string): string {
  return `/sign-in?returnTo=${encodeURIComponent(currentPath)}`;
}

/** Where every signed-in user changes their own password (and a user who must, first). */
export const CHANGE_PASSWORD_PATH = '/account/password';

export function changePasswordPathFor(currentPath: string): string {
  const returnTo = safeReturnTo(currentPath);
  return returnTo === DEFAULT_AFTER_SIGN_IN
    ? CHANGE_PASSWORD_PATH
    : `${CHANGE_PASSWORD_PATH}?returnTo=${encodeURIComponent(returnTo)}`;
}
