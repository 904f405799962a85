import { datePartsToIso, type DateParts, isoToDateParts } from '../../format/dates';
import { penceToPoundsInput, poundsToPence } from '../../format/money';
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

/** Checks what people typed and converts it (pounds → pence as text, never floating point). */
export function checkScaleForm(values: ScaleFormValues): ScaleCheck {
  const problems: Array<[string, string]> = [];
  if (values.zone === '') problems.push(['zone', 'Select a pay zone']);
  const effectiveFrom = datePartsToIso(values.effectiveFrom);
  if (effectiveFrom === undefined) problems.push(['effectiveFrom', 'Enter a real effective date, like 1 4 2027']);
  if (values.status === '') problems.push(['status', 'Select whether the scale is agreed or proposed']);
  const points: PayPoint[] = [];
  values.points.forEach((row, index) => {
    if (!/^\d+$/.test(row.number.trim())) {
      problems.push([pointNumberId(index), `Enter the number of pay point ${index + 1} as a whole number`]);
    }
    const salary = poundsToPence(row.salary);
    if (row.salary.trim() === '') {
      problems.push([pointSalaryId(index), `Enter the annual salary of pay point ${index + 1}`]);
    } else if (!salary.ok) {
      problems.push([pointSalaryId(index), salary.message]);
    } else {
      points.push({ number: Number(row.number.trim()), annualSalaryPence: salary.pence });
    }
  });
  if (values.points.length === 0) problems.push([pointSalaryId(0), 'Add at least one pay point']);
  if (problems.length > 0 || effectiveFrom === undefined || values.status === '') {
    return { ok: false, errors: clientErrors(problems) };
  }
  return {
    ok: true,
    fields: { effectiveFrom, status: values.status, note: values.note.trim() || undefined, points },
  };
}
