import type { DateParts } from '../format/dates';
import { datePartsToIso } from '../format/dates';

/**
 * The GOV.UK date input's error for one date, or undefined when the parts make a real date. `name` is how the
 * question names the date, e.g. "the date the outcome takes effect".
 */
export function dateInputError(parts: DateParts, name: string): string | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const sentence = name.charAt(0).toUpperCase() + name.slice(1);
  if (day === '' && month === '' && year === '') {
    return `Enter ${name}`;
  }
  const missing = [day === '' ? 'a day' : '', month === '' ? 'a month' : '', year === '' ? 'a year' : ''].filter(Boolean);
  if (missing.length > 0) {
    return `${sentence} must include ${missing.join(' and ')}`;
  }
  if (!/^\d{4}$/.test(year)) {
    return `${sentence} must include a year with 4 numbers`;
  }
  if (datePartsToIso(parts) === undefined) {
    return `${sentence} must be a real date`;
  }
  return undefined;
}
