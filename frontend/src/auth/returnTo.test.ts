import { describe, expect, it } from 'vitest';
import { changePasswordPathFor, DEFAULT_AFTER_SIGN_IN, safeReturnTo, signInPathFor } from './returnTo';

describe('safeReturnTo', () => {
  it.each(['/pay-bands/3fa85f64-5717-4562-b3fc-2c963f66afa6', '/pay-bands?date=2027-04-01&zone=LONDON', '/users'])(
    'keeps the local path %s',
    (path) => {
      expect(safeReturnTo(path)).toBe(path);
    },
  );

  it.each([null, undefined, '', '//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', 'pay-bands', '/sign-in?returnTo=/users'])(
    'falls back to the home page for %s',
    (path) => {
      expect(safeReturnTo(path)).toBe(DEFAULT_AFTER_SIGN_IN);
    },
  );

  it('builds the sign-in link with the current path encoded', () => {
    expect(signInPathFor('/pay-bands?zone=LONDON')).toBe('/sign-in?returnTo=%2Fpay-bands%3Fzone%3DLONDON');
  });

  it('sends a user who must change their password there first, keeping where they were going', () => {
    expect(changePasswordPathFor('/users?page=2')).toBe('/account/password?returnTo=%2Fusers%3Fpage%3D2');
    expect(changePasswordPathFor('/')).toBe('/account/password');
    expect(changePasswordPathFor('//evil.example')).toBe('/account/password');
  });
});
