import { describe, expect, it } from 'vitest';
import { checkFilter, exportHref, filterFromSearchParams, formValuesOf, searchFor } from './reportParams';

describe('report filters in the URL', () => {
  it('reads a real date and a unit, and ignores a date that is not real', () => {
    expect(filterFromSearchParams(new URLSearchParams('snapshot=2026-03-31&unit=North%20East'), 'snapshot')).toEqual({
      date: '2026-03-31',
      unit: 'North East',
    });
    expect(filterFromSearchParams(new URLSearchParams('snapshot=2026-02-30'), 'snapshot')).toEqual({ date: '', unit: '' });
    expect(filterFromSearchParams(new URLSearchParams('date=31-03-2026'), 'date').date).toBe('');
  });

  it('writes the same filters back, and nothing for none', () => {
    expect(searchFor({ date: '2026-03-31', unit: 'North East' }, 'snapshot')).toBe('?snapshot=2026-03-31&unit=North+East');
    expect(searchFor({ date: '', unit: '' }, 'date')).toBe('');
  });

  it('builds download links with the page filters', () => {
    expect(exportHref('gender-pay-gap', { date: '2026-03-31', unit: '' }, 'snapshot', { format: 'service' })).toBe(
      '/api/v1/reports/gender-pay-gap/export?snapshot=2026-03-31&format=service',
    );
    expect(exportHref('band-distribution', { date: '', unit: 'Wales' }, 'date', { format: 'xlsx' })).toBe(
      '/api/v1/reports/band-distribution/export?unit=Wales&format=xlsx',
    );
  });
});

describe('the filter form', () => {
  it('treats an empty date as the report default', () => {
    const checked = checkFilter({ date: { day: '', month: '', year: '' }, unit: ' Wales ' }, 'snapshot date');
    expect(checked).toEqual({ ok: true, filter: { date: '', unit: 'Wales' } });
  });

  it('turns day, month and year into a date', () => {
    expect(checkFilter({ date: { day: '31', month: '3', year: '2026' }, unit: '' }, 'snapshot date')).toEqual({
      ok: true,
      filter: { date: '2026-03-31', unit: '' },
    });
    expect(formValuesOf({ date: '2026-03-31', unit: 'Wales' })).toEqual({ date: { day: '31', month: '3', year: '2026' }, unit: 'Wales' });
  });

  it('refuses a date that does not exist, in a GOV.UK sentence', () => {
    const checked = checkFilter({ date: { day: '30', month: '2', year: '2026' }, unit: '' }, 'snapshot date');
    expect(checked).toEqual({ ok: false, message: 'Snapshot date must be a real date, like 31 3 2026' });
  });
});
