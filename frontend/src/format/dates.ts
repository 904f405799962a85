import { serializeDate } from '../generated/api/runtime';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const utcDateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** A calendar date (the generated client gives local midnight) as "1 April 2027". */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** An instant as "22 November 2026 at 13:11 UTC". */
export function formatTimestamp(instant: Date): string {
  return utcDateTime.format(instant);
}

/** "2027-04-01" → local-midnight Date, or undefined when the text is not a real ISO date. */
export function isoToDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) {
    return undefined;
  }
  // local midnight of that day, as the generated client's parseDate gives (setFullYear keeps years below 100)
  const date = new Date(0);
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  date.setHours(0, 0, 0, 0);
  return serializeDate(date) === iso ? date : undefined;
}

export function dateToIso(date: Date): string {
  return serializeDate(date);
}

export function todayIso(): string {
  return serializeDate(new Date());
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** GOV.UK date input parts → "yyyy-mm-dd", or undefined when they do not make a real date. */
export function datePartsToIso(parts: DateParts): string | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return undefined;
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isoToDate(iso) === undefined ? undefined : iso;
}

export function isoToDateParts(iso: string): DateParts {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
}
