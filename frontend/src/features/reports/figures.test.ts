import { describe, expect, it } from 'vitest';
import type { BandDistributionReport, EqualPayReport, GenderPayGapReport } from '../../generated/api';
import { bandDistributionHeadline, barLength, equalPayHeadline, formatPercent, formatPounds, genderPayGapHeadline } from './figures';

const report = (fields: Partial<GenderPayGapReport>): GenderPayGapReport => ({
  snapshot: new Date('2026-03-31T00:00:00Z'),
  relevantEmployees: 4445,
  fullPayRelevantEmployees: 4445,
  suppressed: false,
  quartiles: [],
  sexNotRecorded: 0,
  payNotKnown: 0,
  ...fields,
});

describe('figures as people read them', () => {
  it('writes percentages to one decimal place and says when a figure does not apply', () => {
    expect(formatPercent(13.6)).toBe('13.6%');
    expect(formatPercent(-2)).toBe('-2.0%');
    expect(formatPercent(undefined)).toBe('Not applicable');
    expect(formatPounds(1751)).toBe('£17.51');
    expect(formatPounds(undefined)).toBe('Not applicable');
  });

  it('says who is paid more in the gender pay gap headline, never by colour or sign alone', () => {
    expect(genderPayGapHeadline(report({ medianHourlyGapPercent: 6.7 }), 'the organisation')).toBe(
      "In the organisation, women's median hourly pay is 6.7% lower than men's.",
    );
    expect(genderPayGapHeadline(report({ medianHourlyGapPercent: -3.2 }), 'Wales')).toBe(
      "In Wales, women's median hourly pay is 3.2% higher than men's.",
    );
    expect(genderPayGapHeadline(report({}), 'Wales')).toBe('There are not enough men and women in Wales to work out a gender pay gap.');
    expect(genderPayGapHeadline(report({ suppressed: true }), 'Wales')).toBe(
      'Wales has fewer than 5 men or fewer than 5 women, so its figures are not shown.',
    );
  });

  it('counts flagged groups in the equal-pay headline', () => {
    const audit = (flagged: number, groups: number): EqualPayReport =>
      ({ date: new Date(), flaggedGroups: flagged, patterns: [], groups: new Array(groups).fill({}) }) as EqualPayReport;
    expect(equalPayHeadline(audit(2, 14))).toBe('2 of 14 groups doing equal work have a gap of 5% or more.');
    expect(equalPayHeadline(audit(0, 3))).toBe('None of the 3 groups doing equal work has a gap of 5% or more.');
    expect(equalPayHeadline(audit(0, 0))).toBe('There is nobody with known pay to compare on this date.');
  });

  it('sums up the pay bill', () => {
    const dist = {
      total: { headcount: 12, fte: 11.5, contractualPayBillPence: 100, protectionPence: 565000, paidPayBillPence: 39000000, protectedHeadcount: 1 },
    } as BandDistributionReport;
    expect(bandDistributionHeadline(dist)).toBe('12 people (11.50 full-time equivalent) are paid £390,000.00 a year, £5,650.00 of it pay protection.');
  });

  it('draws bars in proportion to the largest, with a sliver for any small value', () => {
    expect(barLength(50, 100, 360)).toBe(180);
    expect(barLength(100, 100, 360)).toBe(360);
    expect(barLength(0.01, 100, 360)).toBe(2);
    expect(barLength(0, 0, 360)).toBe(0);
  });
});
