import { describe, expect, it } from 'vitest';
import { checkDate } from './dateCheck';

const WHAT = 'the date the scale takes effect';

describe('checking a GOV.UK date input', () => {
  it('accepts a real date', () => {
    expect(checkDate({ day: '1', month: '4', year: '2027' }, WHAT, 'effectiveFrom')).toEqual({ ok: true, iso: '2027-04-01' });
  });

  it('asks for the date when nothing was entered', () => {
    expect(checkDate({ day: '', month: ' ', year: '' }, WHAT, 'effectiveFrom')).toMatchObject({
      ok: false,
      empty: true,
      message: 'Enter the date the scale takes effect',
      inputId: 'effectiveFrom',
    });
  });

  it('names the missing part and links to it', () => {
    expect(checkDate({ day: '1', month: '', year: '2027' }, WHAT, 'effectiveFrom')).toMatchObject({
      message: 'The date the scale takes effect must include a month',
      inputId: 'effectiveFrom-month',
    });
    expect(checkDate({ day: '', month: '', year: '2027' }, WHAT, 'from')).toMatchObject({
      message: 'The date the scale takes effect must include a day and month',
      inputId: 'from',
    });
  });

  it('says an impossible date must be a real date', () => {
    expect(checkDate({ day: '31', month: '2', year: '2027' }, WHAT, 'effectiveFrom')).toMatchObject({
      ok: false,
      message: 'The date the scale takes effect must be a real date',
    });
    expect(checkDate({ day: '1', month: '13', year: '2027' }, WHAT, 'effectiveFrom')).toMatchObject({
      message: 'The date the scale takes effect must be a real date',
    });
    expect(checkDate({ day: '1', month: '4', year: '27' }, WHAT, 'effectiveFrom')).toMatchObject({
      message: 'The year of the date the scale takes effect must include 4 numbers',
      inputId: 'effectiveFrom-year',
    });
  });
});
