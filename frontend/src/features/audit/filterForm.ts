import type { DateParts } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, type FormErrors } from '../../forms/formErrors';
import type { EntityType } from '../../generated/api';
import type { AuditFilter } from './auditFilter';

export interface FilterValues {
  actor: string;
  entityType: '' | EntityType;
  from: DateParts;
  to: DateParts;
}

/** Checks the filter form: both dates, and the range, reported together. */
export function checkAuditFilter(values: FilterValues, base: AuditFilter): { ok: true; filter: AuditFilter } | { ok: false; errors: FormErrors } {
  const problems: Array<[string, string, string?]> = [];
  if (values.actor.trim() !== '' && !/^[A-Za-z0-9._@-]{1,50}$/.test(values.actor.trim())) {
    problems.push(['actor', 'Enter a username of up to 50 letters, numbers, full stops, hyphens, underscores or @ signs']);
  }
  const empty = (parts: DateParts) => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();
  const from = empty(values.from) ? undefined : checkDate(values.from, 'the start date', 'from');
  const to = empty(values.to) ? undefined : checkDate(values.to, 'the end date', 'to');
  if (from && !from.ok) problems.push(['from', from.message, from.inputId]);
  if (to && !to.ok) problems.push(['to', to.message, to.inputId]);
  if (from?.ok && to?.ok && to.iso < from.iso) {
    problems.push(['to', 'The end date must be the same as or after the start date']);
  }
  if (problems.length > 0) {
    return { ok: false, errors: clientErrors(problems) };
  }
  return {
    ok: true,
    filter: {
      ...base,
      actor: values.actor.trim(),
      entityType: values.entityType,
      from: from?.ok ? from.iso : '',
      to: to?.ok ? to.iso : '',
      page: 1,
    },
  };
}

