import type { TagColour } from '../../components/Tag';
import { formatPence } from '../../format/money';
import type { RebandingChange, RebandingStatus } from '../../generated/api';

export const REBANDING_STATUS_LABELS: Record<RebandingStatus, string> = { DRAFT: 'Draft', APPLIED: 'Applied' };
export const REBANDING_STATUS_COLOURS: Record<RebandingStatus, TagColour> = { DRAFT: 'grey', APPLIED: 'green' };

export const CHANGE_LABELS: Record<RebandingChange, string> = { UP: 'Up', SAME: 'Same band', DOWN: 'Down' };
export const CHANGE_COLOURS: Record<RebandingChange, TagColour> = { UP: 'green', SAME: 'grey', DOWN: 'orange' };

/** +£1,200 / −£800 / £0: a change, with its sign spelt out so it never rests on colour. */
export function formatSignedPence(pence: number): string {
  if (pence === 0) return formatPence(0);
  return `${pence > 0 ? '+' : '−'}${formatPence(Math.abs(pence))}`;
}

/** A pay-bill change in words: "an increase of £1,200", "a saving of £800", "no change". */
export function payBillChangeText(pence: number): string {
  if (pence === 0) return 'no change';
  return pence > 0 ? `an increase of ${formatPence(pence)}` : `a saving of ${formatPence(-pence)}`;
}

export function peopleText(count: number): string {
  return count === 1 ? '1 person' : `${count.toLocaleString('en-GB')} people`;
}

export function percentText(percent: number | undefined): string {
  return percent === undefined ? '–' : `${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

/** The financial year "2026-27" as people read it: "2026 to 2027". */
export function yearText(year: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(year);
  return match ? `${match[1]} to ${match[1].slice(0, 2)}${match[2]}` : year;
}
