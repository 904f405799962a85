import { describe, expect, it } from 'vitest';
import { csvHref, filterFromSearchParams, hasFilters, searchFor } from './auditFilter';
import { checkAuditFilter } from './filterForm';

describe('the audit trail filters in the address', () => {
  it('reads what it understands and drops the rest', () => {
    const filter = filterFromSearchParams(
      new URLSearchParams('actor=admin&entityType=PAY_SCALE&from=2026-04-01&to=2026-02-30&entityId=nope&page=3'),
    );
    expect(filter).toEqual({ actor: 'admin', entityType: 'PAY_SCALE', entityId: '', from: '2026-04-01', to: '', page: 3 });
    expect(filterFromSearchParams(new URLSearchParams('entityType=SOMETHING')).entityType).toBe('');
  });

  it('keeps the filters when paging and when downloading', () => {
    const filter = filterFromSearchParams(new URLSearchParams('actor=admin&entityType=USER'));
    expect(searchFor({ ...filter, page: 2 })).toBe('?actor=admin&entityType=USER&page=2');
    expect(searchFor({ ...filter, page: 1 })).toBe('?actor=admin&entityType=USER');
    expect(csvHref({ ...filter, page: 4 })).toBe('/api/v1/audit-events/export?actor=admin&entityType=USER');
    expect(hasFilters(filter)).toBe(true);
    expect(hasFilters(filterFromSearchParams(new URLSearchParams('page=2')))).toBe(false);
  });
});

describe('checking the filter form', () => {
  const base = filterFromSearchParams(new URLSearchParams('page=5'));
  const blank = { day: '', month: '', year: '' };

  it('gives the new filter from page 1', () => {
    expect(
      checkAuditFilter({ actor: ' admin ', entityType: 'PAY_BAND', from: { day: '1', month: '4', year: '2026' }, to: blank }, base),
    ).toEqual({ ok: true, filter: { actor: 'admin', entityType: 'PAY_BAND', entityId: '', from: '2026-04-01', to: '', page: 1 } });
  });

  it('reports every problem at once', () => {
    const checked = checkAuditFilter(
      { actor: 'not a username', entityType: '', from: { day: '31', month: '2', year: '2026' }, to: { day: '1', month: '', year: '2026' } },
      base,
    );
    expect(checked.ok ? [] : checked.errors.summary).toEqual([
      { text: 'Enter a username of up to 50 letters, numbers, full stops, hyphens, underscores or @ signs', href: '#actor' },
      { text: 'The start date must be a real date', href: '#from' },
      { text: 'The end date must include a month', href: '#to-month' },
    ]);
  });

  it('refuses a range that runs backwards', () => {
    const checked = checkAuditFilter(
      { actor: '', entityType: '', from: { day: '2', month: '4', year: '2026' }, to: { day: '1', month: '4', year: '2026' } },
      base,
    );
    expect(checked.ok ? {} : checked.errors.byInputId).toEqual({ to: 'The end date must be the same as or after the start date' });
  });
});
