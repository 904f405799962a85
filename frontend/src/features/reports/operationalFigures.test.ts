import { describe, expect, it } from 'vitest';
import type { AppealsReport, AppealsReportRow, EvaluationThroughputReport, ProtectionReport } from '../../generated/api';
import { appealsHeadline, formatDays, monthName, protectionHeadline, throughputHeadline } from './figures';
import { periodFromSearchParams, periodSearch } from './reportParams';

const protection = (fields: Partial<ProtectionReport>): ProtectionReport => ({
  date: new Date('2026-11-30T00:00:00Z'),
  protectedCount: 0,
  annualCostPence: 0,
  costByFinancialYear: [],
  expiriesByMonth: [],
  people: { items: [], page: 1, size: 20, totalItems: 0 },
  ...fields,
});

describe('protection figures', () => {
  it('says nobody is protected rather than showing zeros', () => {
    expect(protectionHeadline(protection({}))).toBe('Nobody is protected on this date.');
  });

  it('adds up the expiries in the headline', () => {
    const report = protection({
      protectedCount: 3,
      annualCostPence: 450000,
      expiriesByMonth: [
        { month: '2026-11', count: 1 },
        { month: '2027-01', count: 0 },
        { month: '2028-10', count: 1 },
      ],
    });
    expect(protectionHeadline(report)).toBe(
      '3 people are protected. Protection adds £4,500.00 a year to the pay bill; 2 protections end in the next 24 months.',
    );
  });

  it('names months in words', () => {
    expect(monthName('2027-03')).toBe('March 2027');
  });
});

describe('evaluation throughput figures', () => {
  const empty = { count: 0 };
  const report = (fields: Partial<EvaluationThroughputReport>): EvaluationThroughputReport => ({
    from: new Date('2025-12-01T00:00:00Z'),
    to: new Date('2026-11-30T00:00:00Z'),
    published: empty,
    waiting: empty,
    rows: [],
    ...fields,
  });

  it('writes days without a needless decimal', () => {
    expect(formatDays(7)).toBe('7 days');
    expect(formatDays(7.5)).toBe('7.5 days');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(undefined)).toBe('None');
  });

  it('has a headline for an empty period and for a busy one', () => {
    expect(throughputHeadline(report({}))).toBe('No evaluations were requested in this period.');
    expect(throughputHeadline(report({ published: { count: 12, medianDays: 30 }, waiting: { count: 1 } }))).toBe(
      '12 evaluations were published, taking a median of 30 days; 1 is still waiting.',
    );
  });

  it('keeps the period in the URL and ignores dates that are not real', () => {
    expect(periodFromSearchParams(new URLSearchParams('from=2026-04-01&to=2026-02-30'))).toEqual({ from: '2026-04-01', to: '' });
    expect(periodSearch({ from: '2026-04-01', to: '' }, { format: 'csv' })).toBe('?from=2026-04-01&format=csv');
  });
});

describe('appeals figures', () => {
  const row = (fields: Partial<AppealsReportRow>): AppealsReportRow => ({
    upheld: 0,
    partlyUpheld: 0,
    notUpheld: 0,
    withdrawn: 0,
    open: 0,
    total: 0,
    overdue: 0,
    decisionWorkingDays: { count: 0 },
    ...fields,
  });
  const report = (total: AppealsReportRow): AppealsReport => ({
    from: new Date('2025-12-01T00:00:00Z'),
    to: new Date('2026-11-30T00:00:00Z'),
    rows: [],
    total,
  });

  it('says when there were no appeals', () => {
    expect(appealsHeadline(report(row({})))).toBe('No appeals were lodged in this period.');
  });

  it('gives every outcome and the overdue count', () => {
    expect(appealsHeadline(report(row({ upheld: 1, partlyUpheld: 1, withdrawn: 1, open: 1, total: 4, overdue: 1 })))).toBe(
      '4 appeals: 1 upheld, 1 partly upheld, 0 not upheld, 1 withdrawn and 1 open, 1 of them overdue.',
    );
  });
});
