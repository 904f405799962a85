import { type DateParts, datePartsToIso, isoToDate, isoToDateParts } from '../../format/dates';

/** A report's filters as the URL holds them (shareable): a date (yyyy-mm-dd) and a unit, each optional. */
export interface ReportFilter {
  date: string;
  unit: string;
}

export const NO_FILTER: ReportFilter = { date: '', unit: '' };

/** Reads `?<dateParam>=…&unit=…`; a date that is not a real yyyy-mm-dd date is ignored (the report's default). */
export function filterFromSearchParams(params: URLSearchParams, dateParam: string): ReportFilter {
  const date = (params.get(dateParam) ?? '').trim();
  return {
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) && isoToDate(date) !== undefined ? date : '',
    unit: (params.get('unit') ?? '').trim(),
  };
}

/** The query string for a filter: "" when there is none, else "?snapshot=2026-03-31&unit=North". */
export function searchFor(filter: ReportFilter, dateParam: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filter.date) {
    params.set(dateParam, filter.date);
  }
  if (filter.unit) {
    params.set('unit', filter.unit);
  }
  for (const [key, value] of Object.entries(extra)) {
    params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The download link of a report's export, with the same filters as the page. */
export function exportHref(
  report: 'gender-pay-gap' | 'equal-pay' | 'band-distribution' | 'protection',
  filter: ReportFilter,
  dateParam: string,
  extra: Record<string, string>,
): string {
  return `/api/v1/reports/${report}/export${searchFor(filter, dateParam, extra)}`;
}

export interface FilterFormValues {
  date: DateParts;
  unit: string;
}

export function formValuesOf(filter: ReportFilter): FilterFormValues {
  return { date: filter.date ? isoToDateParts(filter.date) : { day: '', month: '', year: '' }, unit: filter.unit };
}

/** An empty date means the report's default; a partly filled or impossible date is an error. */
export type CheckedFilter = { ok: true; filter: ReportFilter } | { ok: false; message: string };

export function checkFilter(values: FilterFormValues, dateName: string): CheckedFilter {
  const { day, month, year } = values.date;
  const unit = values.unit.trim();
  if (day.trim() === '' && month.trim() === '' && year.trim() === '') {
    return { ok: true, filter: { date: '', unit } };
  }
  const iso = datePartsToIso(values.date);
  if (iso === undefined) {
    return { ok: false, message: `${dateName.charAt(0).toUpperCase()}${dateName.slice(1)} must be a real date, like 31 3 2026` };
  }
  return { ok: true, filter: { date: iso, unit } };
}

/** A period as the URL holds it: from and to (yyyy-mm-dd), each optional. */
export interface PeriodFilter {
  from: string;
  to: string;
}

/** Reads `?from=…&to=…`; a date that is not yyyy-mm-dd is ignored (the report's default). */
export function periodFromSearchParams(params: URLSearchParams): PeriodFilter {
  const read = (name: string) => {
    const value = (params.get(name) ?? '').trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoToDate(value) !== undefined ? value : '';
  };
  return { from: read('from'), to: read('to') };
}

/** "?from=2026-04-01&to=2026-11-30", or "" with neither. */
export function periodSearch(period: PeriodFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (period.from) {
    params.set('from', period.from);
  }
  if (period.to) {
    params.set('to', period.to);
  }
  for (const [key, value] of Object.entries(extra)) {
    params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

