/** Money is always whole pence; pounds typed by people are parsed as text, never through floating point. */

export const SALARY_FORMAT_MESSAGE = 'Enter the salary in pounds and pence, like 37909.50';

export type PenceParseResult = { ok: true; pence: number } | { ok: false; message: string };

const POUNDS_PATTERN = /^(\d+)(?:\.(\d{1,2}))?$/;

/** Parses "37909", "37,909.50" or "£37,909.5" into integer pence. */
export function poundsToPence(input: string): PenceParseResult {
  const cleaned = input.trim().replace(/^£/, '').replace(/,/g, '').trim();
  if (cleaned === '') {
    return { ok: false, message: 'Enter the salary' };
  }
  const match = POUNDS_PATTERN.exec(cleaned);
  if (match === null) {
    return { ok: false, message: SALARY_FORMAT_MESSAGE };
  }
  const [, wholePounds, fraction = ''] = match;
  const penceText = fraction.padEnd(2, '0');
  const pence = Number(wholePounds) * 100 + Number(penceText);
  if (!Number.isSafeInteger(pence)) {
    return { ok: false, message: SALARY_FORMAT_MESSAGE };
  }
  return { ok: true, pence };
}

/** Pence as the plain pounds text a form shows for editing: 3790950 → "37909.50", 3790900 → "37909". */
export function penceToPoundsInput(pence: number): string {
  const pounds = Math.trunc(pence / 100);
  const remainder = pence % 100;
  return remainder === 0 ? String(pounds) : `${pounds}.${String(remainder).padStart(2, '0')}`;
}

const wholePounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** 3790900 → "£37,909"; 3790950 → "£37,909.50". */
export function formatPence(pence: number): string {
  return pence % 100 === 0 ? wholePounds.format(pence / 100) : poundsAndPence.format(pence / 100);
}

/** "£37,909 – £42,251" */
export function formatPenceRange(minPence: number, maxPence: number): string {
  return `${formatPence(minPence)} – ${formatPence(maxPence)}`;
}
