import { datePartsToIso, type DateParts } from '../format/dates';

export type DateCheck =
  | { ok: true; iso: string }
  | { ok: false; empty: boolean; message: string; /** the input to link the error to: day, month or year */ inputId: string };

const PART_NAMES = ['day', 'month', 'year'] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Checks a GOV.UK date input the way the design system asks: "Enter the date the scale takes effect" when it is
 * empty, "… must include a month" when a part is missing, "… must be a real date" when the parts make no date
 * (31 February), and the year as 4 digits. `what` names the date in the middle of a sentence ("the date the scale
 * takes effect"); `id` is the date input's id (the day input; month and year are `<id>-month`, `<id>-year`).
 */
export function checkDate(parts: DateParts, what: string, id: string): DateCheck {
  const trimmed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = PART_NAMES.filter((part) => trimmed[part] === '');
  const inputFor = (part: (typeof PART_NAMES)[number]) => (part === 'day' ? id : `${id}-${part}`);
  if (missing.length === 3) {
    return { ok: false, empty: true, message: `Enter ${what}`, inputId: id };
  }
  if (missing.length > 0) {
    const listed = missing.length === 2 ? `${missing[0]} and ${missing[1]}` : missing[0];
    return { ok: false, empty: false, message: `${capitalise(what)} must include a ${listed}`, inputId: inputFor(missing[0]) };
  }
  if (!/^\d{4}$/.test(trimmed.year)) {
    return { ok: false, empty: false, message: `The year of ${what} must include 4 numbers`, inputId: inputFor('year') };
  }
  const iso = datePartsToIso(trimmed);
  if (iso === undefined) {
    return { ok: false, empty: false, message: `${capitalise(what)} must be a real date`, inputId: id };
  }
  return { ok: true, iso };
}
