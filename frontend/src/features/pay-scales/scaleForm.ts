import { type DateParts, isoToDateParts } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { formatPence, penceToPoundsInput, poundsToPence } from '../../format/money';
import { clientErrors, type FieldIdResolver, type FormErrors } from '../../forms/formErrors';
import type { PayPoint, PayScale, ScaleStatus } from '../../generated/api';

export interface PointRow {
  /** Stable React key for the row; not sent to the server. */
  key: number;
  number: string;
  salary: string;
}

export interface ScaleFormValues {
  zone: string;
  effectiveFrom: DateParts;
  status: '' | ScaleStatus;
  note: string;
  points: PointRow[];
  retired: boolean;
}

export const pointNumberId = (index: number) => `points-${index}-number`;
export const pointSalaryId = (index: number) => `points-${index}-salary`;

let nextRowKey = 1;
export function newPointRow(number: string, salary = ''): PointRow {
  nextRowKey += 1;
  return { key: nextRowKey, number, salary };
}

export function emptyScaleForm(): ScaleFormValues {
  return {
    zone: 'NATIONAL',
    effectiveFrom: { day: '', month: '', year: '' },
    status: '',
    note: '',
    points: [newPointRow('1')],
    retired: false,
  };
}

export function valuesFromScale(scale: PayScale, effectiveFromIso: string): ScaleFormValues {
  return {
    zone: scale.zone,
    effectiveFrom: isoToDateParts(effectiveFromIso),
    status: scale.status,
    note: scale.note ?? '',
    points: scale.points.map((point) => newPointRow(String(point.number), penceToPoundsInput(point.annualSalaryPence))),
    retired: scale.retired,
  };
}

/** The next point number after the rows so far (one more than the highest). */
export function nextPointNumber(rows: PointRow[]): string {
  const numbers = rows.map((row) => Number(row.number)).filter((n) => Number.isInteger(n));
  return String(numbers.length === 0 ? 1 : Math.max(...numbers) + 1);
}

/** Server field paths → this form's inputs: `points[2].annualSalaryPence` is the third row's salary. */
export const scaleFieldResolver: FieldIdResolver = (path) => {
  const point = /^points\[(\d+)\](?:\.(number|annualSalaryPence))?$/.exec(path);
  if (point) {
    const index = Number(point[1]);
    return point[2] === 'number' ? pointNumberId(index) : pointSalaryId(index);
  }
  if (path === 'points') {
    return pointSalaryId(0);
  }
  return ['zone', 'effectiveFrom', 'status', 'note', 'retired'].includes(path) ? path : undefined;
};

export interface ScaleFields {
  effectiveFrom: string;
  status: ScaleStatus;
  note?: string;
  points: PayPoint[];
}

export type ScaleCheck = { ok: true; fields: ScaleFields } | { ok: false; errors: FormErrors };

/** The date input's wording in messages ("Enter the date the scale takes effect"). */
export const EFFECTIVE_FROM_WHAT = 'the date the scale takes effect';

/**
 * Checks what people typed and converts it (pounds → pence as text, never floating point). Reports every problem
 * at once, in the words the server uses for the same rules, so one submit shows everything that needs fixing.
 */
export function checkScaleForm(values: ScaleFormValues): ScaleCheck {
  const problems: Array<[string, string, string?]> = [];
  if (values.zone === '') problems.push(['zone', 'Select a pay zone']);
  const date = checkDate(values.effectiveFrom, EFFECTIVE_FROM_WHAT, 'effectiveFrom');
  if (!date.ok) problems.push(['effectiveFrom', date.message, date.inputId]);
  if (values.status === '') problems.push(['status', 'Select whether the scale is agreed or proposed']);
  if (values.points.length === 0) problems.push([pointSalaryId(0), 'Enter at least one pay point']);
  const points: PayPoint[] = [];
  const rowsOfPoints: number[] = [];
  const firstRowOfNumber = new Map<number, number>();
  values.points.forEach((row, index) => {
    const position = index + 1;
    const numberText = row.number.trim();
    let number: number | undefined;
    if (!/^\d+$/.test(numberText) || Number(numberText) < 1) {
      problems.push([pointNumberId(index), `Enter the point number for pay point ${position} as a whole number, 1 or more`]);
    } else if (firstRowOfNumber.has(Number(numberText))) {
      problems.push([
        pointNumberId(index),
        `Pay point ${position} has the same point number as pay point ${(firstRowOfNumber.get(Number(numberText)) ?? 0) + 1}: give each point its own number`,
      ]);
    } else {
      number = Number(numberText);
      firstRowOfNumber.set(number, index);
    }
    const salary = poundsToPence(row.salary);
    if (row.salary.trim() === '') {
      problems.push([pointSalaryId(index), `Enter the salary for pay point ${position}`]);
    } else if (!salary.ok) {
      problems.push([pointSalaryId(index), `Enter the salary for pay point ${position} in pounds and pence, like 37909.50`]);
    } else if (salary.pence <= 0) {
      problems.push([pointSalaryId(index), `The salary for pay point ${position} must be more than £0`]);
    } else if (salary.pence > 100_000_000) {
      problems.push([pointSalaryId(index), `The salary for pay point ${position} must be £1,000,000 or less`]);
    } else if (number !== undefined) {
      points.push({ number, annualSalaryPence: salary.pence });
      rowsOfPoints.push(index);
    }
  });
  // salaries rise with the point number (the server checks the same, in the same words)
  const byNumber = points.map((point, i) => ({ point, index: rowsOfPoints[i] })).sort((a, b) => a.point.number - b.point.number);
  byNumber.forEach((entry, order) => {
    const previous = byNumber[order - 1];
    if (previous && entry.point.annualSalaryPence <= previous.point.annualSalaryPence) {
      problems.push([
        pointSalaryId(entry.index),
        `The salary for pay point ${entry.index + 1} must be higher than ${formatPence(previous.point.annualSalaryPence)}, the salary for point number ${previous.point.number}: salaries rise with the point number`,
      ]);
    }
  });
  if (problems.length > 0 || !date.ok || values.status === '') {
    return { ok: false, errors: clientErrors(orderByPage(problems)) };
  }
  return {
    ok: true,
    fields: { effectiveFrom: date.iso, status: values.status, note: values.note.trim() || undefined, points },
  };
}

const PAGE_ORDER = ['zone', 'effectiveFrom', 'status', 'note'];

/** Errors in the order their inputs appear on the page, as the error summary lists them. */
function orderByPage(problems: Array<[string, string, string?]>): Array<[string, string, string?]> {
  const rank = (inputId: string) => {
    const fixed = PAGE_ORDER.indexOf(inputId);
    if (fixed >= 0) return fixed;
    const point = /^points-(\d+)-(number|salary)$/.exec(inputId);
    return point ? 10 + Number(point[1]) * 2 + (point[2] === 'salary' ? 1 : 0) : 1000;
  };
  return problems.map((problem, index) => ({ problem, index })).sort((a, b) => rank(a.problem[0]) - rank(b.problem[0]) || a.index - b.index).map((entry) => entry.problem);
}
