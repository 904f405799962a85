import { describe, expect, it } from 'vitest';
import { datePartsToIso, formatDate, isoToDate, isoToDateParts } from './dates';

describe('dates', () => {
  it('formats a calendar date as d MMMM yyyy', () => {
    expect(formatDate(isoToDate('2027-04-01') as Date)).toBe('1 April 2027');
  });

  it('turns GOV.UK date parts into an ISO date', () => {
    expect(datePartsToIso({ day: '1', month: '4', year: '2027' })).toBe('2027-04-01');
    expect(datePartsToIso({ day: '31', month: '2', year: '2027' })).toBeUndefined();
    expect(datePartsToIso({ day: '', month: '4', year: '2027' })).toBeUndefined();
    expect(datePartsToIso({ day: '1', month: '4', year: '27' })).toBeUndefined();
  });

  it('splits an ISO date for the date input', () => {
    expect(isoToDateParts('2027-04-01')).toEqual({ day: '1', month: '4', year: '2027' });
  });
});
