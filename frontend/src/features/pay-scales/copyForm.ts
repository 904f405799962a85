import { type DateParts, formatDate, isoToDate } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, type FormErrors, namedFieldsResolver } from '../../forms/formErrors';
import type { ScaleStatus } from '../../generated/api';
import type { CopyFields } from './mutations';

export interface CopyFormValues {
  effectiveFrom: DateParts;
  status: '' | ScaleStatus;
  upliftPercent: string;
  note: string;
}

export const EMPTY_COPY: CopyFormValues = {
  effectiveFrom: { day: '', month: '', year: '' },
  status: '',
  upliftPercent: '',
  note: '',
};

export const copyFieldResolver = namedFieldsResolver(['effectiveFrom', 'status', 'upliftPercent', 'note']);

export type CopyCheck = { ok: true; fields: CopyFields } | { ok: false; errors: FormErrors };

const PERCENT = /^\d{1,3}(\.\d+)?$/;

/**
 * Checks the copy form, every answer at once. `sourceEffectiveFrom` is the copied scale's first day (ISO): the copy
 * must start after it.
 */
export function checkCopyForm(values: CopyFormValues, sourceEffectiveFrom: string): CopyCheck {
  const problems: Array<[string, string, string?]> = [];
  const date = checkDate(values.effectiveFrom, 'the date the new scale takes effect', 'effectiveFrom');
  if (!date.ok) {
    problems.push(['effectiveFrom', date.message, date.inputId]);
  } else if (date.iso <= sourceEffectiveFrom) {
    problems.push([
      'effectiveFrom',
      `The new scale must take effect after ${formatDate(isoToDate(sourceEffectiveFrom) as Date)}, when the scale it copies took effect`,
    ]);
  }
  if (values.status === '') {
    problems.push(['status', 'Select whether the new scale is agreed or proposed']);
  }
  const uplift = values.upliftPercent.trim().replace(/%$/, '').trim();
  if (uplift === '') {
    problems.push(['upliftPercent', 'Enter the uplift as a percentage, like 3.5']);
  } else if (!PERCENT.test(uplift)) {
    problems.push(['upliftPercent', 'Enter the uplift as a number, like 3.5']);
  } else if (Number(uplift) > 100) {
    problems.push(['upliftPercent', 'The uplift must be between 0% and 100%']);
  } else if ((uplift.split('.')[1] ?? '').replace(/0+$/, '').length > 2) {
    problems.push(['upliftPercent', 'Enter the uplift with no more than 2 decimal places, like 3.25']);
  }
  if (problems.length > 0 || !date.ok || values.status === '') {
    return { ok: false, errors: clientErrors(problems) };
  }
  return {
    ok: true,
    fields: {
      effectiveFrom: date.iso,
      status: values.status,
      upliftPercent: Number(uplift),
      note: values.note.trim() || undefined,
    },
  };
}
