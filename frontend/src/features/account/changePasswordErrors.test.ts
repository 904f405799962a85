import { describe, expect, it } from 'vitest';
import { changePasswordErrors } from './changePasswordErrors';

describe('changePasswordErrors', () => {
  it('accepts a complete, matching form', () => {
    expect(changePasswordErrors('old-password', 'a-new-long-password', 'a-new-long-password').summary).toEqual([]);
  });

  it('reports every problem at once, each linked to its input', () => {
    const errors = changePasswordErrors('', 'short', 'other');
    expect(errors.summary).toEqual([
      { text: 'Enter your current password', href: '#currentPassword' },
      { text: 'Enter a new password of at least 12 characters', href: '#newPassword' },
      { text: 'Enter the same new password again to confirm it', href: '#confirmPassword' },
    ]);
  });

  it('asks for a new password when there is none', () => {
    expect(changePasswordErrors('old', '', '').byInputId).toEqual({ newPassword: 'Enter a new password' });
  });
});
