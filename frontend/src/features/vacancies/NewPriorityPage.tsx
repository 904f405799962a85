import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { Radios } from '../../components/Radios';
import type { DateParts } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { PriorityReason } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { PRIORITY_REASON_LABELS } from './labels';
import { useRecordPriority } from './mutations';

const resolver = namedFieldsResolver(['reason', 'from', 'to']);
const EMPTY: DateParts = { day: '', month: '', year: '' };

/** HR admins record a statutory priority period (pregnancy, maternity, adoption or shared parental leave) with dates. */
export function NewPriorityPage() {
  const { staffNumber = '' } = useParams();
  const record = useRecordPriority(staffNumber);
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [from, setFrom] = useState<DateParts>(EMPTY);
  const [to, setTo] = useState<DateParts>(EMPTY);
  usePageTitle('Record a statutory priority period', hasErrors(form.errors));
  const back = `/staff/${encodeURIComponent(staffNumber)}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string, string?]> = [];
    if (!reason) problems.push(['reason', 'Select the reason for statutory priority']);
    const start = checkDate(from, 'the first day', 'from');
    if (!start.ok) problems.push(['from', start.message, start.inputId]);
    const toGiven = `${to.day}${to.month}${to.year}`.trim() !== '';
    const end = toGiven ? checkDate(to, 'the last day', 'to') : undefined;
    if (end && !end.ok) problems.push(['to', end.message, end.inputId]);
    if (start.ok && end?.ok && end.iso < start.iso) problems.push(['to', 'The last day must be on or after the first day']);
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      await record.mutateAsync({ reason: reason as PriorityReason, from: start.ok ? start.iso : '', to: end?.ok ? end.iso : undefined });
      navigate(back, flash('The statutory priority period has been recorded.'));
    });
  };
  const dateError = (id: string) => form.errors.byInputId[id] ?? form.errors.byInputId[`${id}-month`] ?? form.errors.byInputId[`${id}-year`];

  return (
    <>
      <BackLink to={back} text="Back to the staff record" />
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Staff number {staffNumber}</span>
          <h1 className="govuk-heading-l">Record a statutory priority period</h1>
          <form noValidate onSubmit={submit} aria-label="Record a statutory priority period">
            <Radios
              id="reason"
              legend="Reason"
              value={reason}
              onChange={setReason}
              items={(Object.keys(PRIORITY_REASON_LABELS) as PriorityReason[]).map((value) => ({ value, text: PRIORITY_REASON_LABELS[value] }))}
              error={form.errors.byInputId.reason}
            />
            <DateInput id="from" legend="First day" hint="For example, 1 9 2026" value={from} onChange={setFrom} error={dateError('from')} />
            <DateInput id="to" legend="Last day (optional)" hint="Leave blank while the end is not known." value={to} onChange={setTo} error={dateError('to')} />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
                Record the period
              </button>
              <Link className="govuk-link" to={back}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
