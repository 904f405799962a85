import { describe, expect, it } from 'vitest';
import { formatPence, formatPenceRange, penceToPoundsInput, poundsToPence, SALARY_FORMAT_MESSAGE } from './money';

describe('poundsToPence', () => {
  it.each([
    ['37909', 3790900],
    ['37,909', 3790900],
    ['37,909.50', 3790950],
    ['37909.5', 3790950],
    ['£42,251.07', 4225107],
    ['  0.01 ', 1],
    ['1.10', 110],
  ])('reads %s as %i pence', (input, pence) => {
    expect(poundsToPence(input)).toEqual({ ok: true, pence });
  });

  it('does not lose pence to floating point (0.29 * 100 is 28.999... in floating point)', () => {
    expect(poundsToPence('0.29')).toEqual({ ok: true, pence: 29 });
    expect(poundsToPence('1234567.89')).toEqual({ ok: true, pence: 123456789 });
  });

  it.each(['37909.505', '1.999', '12a', '-100', '37.909.50', '.50', '£'])('rejects %s', (input) => {
    expect(poundsToPence(input)).toEqual({ ok: false, message: input === '£' ? 'Enter the salary' : SALARY_FORMAT_MESSAGE });
  });

  it('asks for a salary when empty', () => {
    expect(poundsToPence('   ')).toEqual({ ok: false, message: 'Enter the salary' });
  });
});

describe('formatting pence', () => {
  it('shows whole pounds without pence', () => {
    expect(formatPence(3790900)).toBe('£37,909');
  });

  it('shows pence when there are some', () => {
    expect(formatPence(3790950)).toBe('£37,909.50');
    expect(formatPence(3790905)).toBe('£37,909.05');
  });

  it('formats a range with an en dash', () => {
    expect(formatPenceRange(3790900, 4225100)).toBe('£37,909 – £42,251');
  });

  it('round-trips through the edit text', () => {
    expect(penceToPoundsInput(3790900)).toBe('37909');
    expect(penceToPoundsInput(3790905)).toBe('37909.05');
    expect(poundsToPence(penceToPoundsInput(123456789))).toEqual({ ok: true, pence: 123456789 });
  });
});
