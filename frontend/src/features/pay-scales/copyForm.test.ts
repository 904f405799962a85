import { describe, expect, it } from 'vitest';
import { checkCopyForm, EMPTY_COPY } from './copyForm';

describe('the copy-with-uplift form', () => {
  it('reports every problem at once', () => {
    const checked = checkCopyForm(EMPTY_COPY, '2026-04-01');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors.summary.map((item) => item.text)).toEqual([
        'Enter the date the new scale takes effect',
        'Select whether the new scale is agreed or proposed',
        'Enter the uplift as a percentage, like 3.5',
      ]);
    }
  });

  it('needs a later date and a sensible uplift', () => {
    const checked = checkCopyForm(
      { effectiveFrom: { day: '1', month: '4', year: '2026' }, status: 'AGREED', upliftPercent: '3.125', note: '' },
      '2026-04-01',
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors.byInputId).toEqual({
        effectiveFrom: 'The new scale must take effect after 1 April 2026, when the scale it copies took effect',
        upliftPercent: 'Enter the uplift with no more than 2 decimal places, like 3.25',
      });
    }
    const tooMuch = checkCopyForm(
      { effectiveFrom: { day: '1', month: '4', year: '2027' }, status: 'AGREED', upliftPercent: '150', note: '' },
      '2026-04-01',
    );
    expect(tooMuch.ok ? undefined : tooMuch.errors.byInputId.upliftPercent).toBe('The uplift must be between 0% and 100%');
  });

  it('gives the fields to send', () => {
    expect(
      checkCopyForm({ effectiveFrom: { day: '1', month: '4', year: '2027' }, status: 'PROPOSED', upliftPercent: '3.5%', note: ' ' }, '2026-04-01'),
    ).toEqual({ ok: true, fields: { effectiveFrom: '2027-04-01', status: 'PROPOSED', upliftPercent: 3.5, note: undefined } });
  });
});
