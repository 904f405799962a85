import type { AppealsReport, BandDistributionReport, EvaluationThroughputReport, ProtectionReport, EqualPayReport, GenderPayGapReport, GenderPayQuartile } from '../../generated/api';
import { GenderPayQuartileQuartileEnum } from '../../generated/api';

const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB');
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** 13.6 → "13.6%"; undefined → "Not applicable" (nobody to compare). */
export function formatPercent(value: number | undefined): string {
  return value === undefined || value === null ? 'Not applicable' : `${oneDecimal.format(value)}%`;
}

export function formatCount(value: number | undefined): string {
  return value === undefined || value === null ? 'Not applicable' : whole.format(value);
}

/** 1751 → "£17.51"; undefined → "Not applicable". */
export function formatPounds(pence: number | undefined): string {
  return pence === undefined || pence === null ? 'Not applicable' : pounds.format(pence / 100);
}

export const QUARTILE_NAMES: Record<GenderPayQuartileQuartileEnum, string> = {
  [GenderPayQuartileQuartileEnum.Lower]: 'Lower quartile',
  [GenderPayQuartileQuartileEnum.LowerMiddle]: 'Lower middle quartile',
  [GenderPayQuartileQuartileEnum.UpperMiddle]: 'Upper middle quartile',
  [GenderPayQuartileQuartileEnum.Upper]: 'Upper quartile',
};

export function quartileName(q: GenderPayQuartile): string {
  return QUARTILE_NAMES[q.quartile];
}

/**
 * The headline sentence: who is paid more per hour, by how much (median first, as the GOV.UK service reports it),
 * or why there is no figure.
 */
export function genderPayGapHeadline(report: GenderPayGapReport, where: string): string {
  if (report.suppressed) {
    return `${where} has fewer than 5 men or fewer than 5 women, so its figures are not shown.`;
  }
  const median = report.medianHourlyGapPercent;
  if (median === undefined || median === null) {
    return `There are not enough men and women in ${where} to work out a gender pay gap.`;
  }
  if (median === 0) {
    return `In ${where}, men's and women's median hourly pay is the same.`;
  }
  const size = oneDecimal.format(Math.abs(median));
  return median > 0
    ? `In ${where}, women's median hourly pay is ${size}% lower than men's.`
    : `In ${where}, women's median hourly pay is ${size}% higher than men's.`;
}

export function bandName(row: { band?: { name: string }; structure?: { name: string } }): string {
  return row.band ? `${row.structure ? `${row.structure.name} ` : ''}${row.band.name}` : 'No band';
}

/** "1,204 people (1,150.50 FTE) on 30 November 2026, paid £40,312,000 a year, £120,000 of it protection." */
export function bandDistributionHeadline(report: BandDistributionReport): string {
  const t = report.total;
  if (t.headcount === 0) {
    return 'Nobody is employed on this date.';
  }
  return `${formatCount(t.headcount)} ${t.headcount === 1 ? 'person' : 'people'} (${twoDecimals.format(t.fte)} full-time equivalent) are paid ${formatPounds(
    t.paidPayBillPence,
  )} a year, ${formatPounds(t.protectionPence)} of it pay protection.`;
}

/** "2 of 14 groups doing equal work have a gap of 5% or more." */
export function equalPayHeadline(report: EqualPayReport): string {
  const groups = report.groups.length;
  if (groups === 0) {
    return 'There is nobody with known pay to compare on this date.';
  }
  const flagged = report.flaggedGroups;
  const of = `${formatCount(flagged)} of ${formatCount(groups)} ${groups === 1 ? 'group' : 'groups'} doing equal work`;
  return flagged === 0 ? `None of the ${formatCount(groups)} groups doing equal work has a gap of 5% or more.` : `${of} ${flagged === 1 ? 'has' : 'have'} a gap of 5% or more.`;
}

export const BAR_AREA = 360;

/** The bar's length in the bar area: proportional to the largest value; at least a sliver for any value above 0. */
export function barLength(value: number, max: number, area: number = BAR_AREA): number {
  if (max <= 0 || value <= 0) {
    return 0;
  }
  return Math.max(2, Math.round((value / max) * area));
}

const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 11.5 → "11.50" (full-time equivalents). */
export function formatFte(value: number): string {
  return twoDecimals.format(value);
}

/** "2026-04" → "April 2026". */
export function monthName(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "3 people are protected. Protection adds £4,500.00 a year to the pay bill; 2 protections end in the next 24 months." */
export function protectionHeadline(report: ProtectionReport): string {
  if (report.protectedCount === 0) {
    return 'Nobody is protected on this date.';
  }
  const ending = report.expiriesByMonth.reduce((sum, m) => sum + m.count, 0);
  return `${formatCount(report.protectedCount)} ${report.protectedCount === 1 ? 'person is' : 'people are'} protected. Protection adds ${formatPounds(
    report.annualCostPence,
  )} a year to the pay bill; ${formatCount(ending)} ${ending === 1 ? 'protection ends' : 'protections end'} in the next 24 months.`;
}

/** 12.5 → "12.5 days"; 1 → "1 day"; undefined → "None". */
export function formatDays(days: number | undefined): string {
  if (days === undefined || days === null) {
    return 'None';
  }
  return `${oneDecimal.format(days).replace(/\.0$/, '')} ${days === 1 ? 'day' : 'days'}`;
}

/** "12 evaluations were published, taking a median of 30 days; 4 are still waiting." */
export function throughputHeadline(report: EvaluationThroughputReport): string {
  const p = report.published;
  const w = report.waiting;
  if (p.count === 0 && w.count === 0) {
    return 'No evaluations were requested in this period.';
  }
  const published =
    p.count === 0
      ? 'None of them has been published yet'
      : `${formatCount(p.count)} ${p.count === 1 ? 'evaluation was' : 'evaluations were'} published, taking a median of ${formatDays(p.medianDays)}`;
  return `${published}; ${formatCount(w.count)} ${w.count === 1 ? 'is' : 'are'} still waiting.`;
}

/** "4 appeals: 1 upheld, 1 partly upheld, 0 not upheld, 1 withdrawn and 1 open, 1 of them overdue." */
export function appealsHeadline(report: AppealsReport): string {
  const t = report.total;
  if (t.total === 0) {
    return 'No appeals were lodged in this period.';
  }
  return `${formatCount(t.total)} ${t.total === 1 ? 'appeal' : 'appeals'}: ${formatCount(t.upheld)} upheld, ${formatCount(
    t.partlyUpheld,
  )} partly upheld, ${formatCount(t.notUpheld)} not upheld, ${formatCount(t.withdrawn)} withdrawn and ${formatCount(t.open)} open, ${formatCount(
    t.overdue,
  )} of them overdue.`;
}
