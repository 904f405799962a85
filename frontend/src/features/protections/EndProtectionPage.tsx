import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { type DateParts, formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { ProtectionEndEndReasonEnum } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { END_REASON_LABELS, PROTECTION_TYPE_LABELS } from '../people/labels';
import { useStaffMember } from '../people/queries';
import { useEndProtection } from './mutations';

const REASONS: ProtectionEndEndReasonEnum[] = ['ENDED_BY_HR', 'APPOINTED', 'REFUSED_SUITABLE_OFFER', 'LEFT'];
const resolver = namedFieldsResolver(['reason', 'endReason', 'endedOn']);
const MAX_REASON = 500;

/** HR admins end an active protection early, with the reason recorded; the page is the confirmation step. */
export function EndProtectionPage() {
  const { protectionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const staffNumber = searchParams.get('staffNumber') ?? '';
  const staff = useStaffMember(staffNumber);
  const end = useEndProtection(protectionId, staffNumber);
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [endReason, setEndReason] = useState<string>('ENDED_BY_HR');
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  usePageTitle('End pay protection', hasErrors(form.errors));

  const member = staff.data;
  const protection = member?.protections.find((candidate) => candidate.id === protectionId) ??
    (member?.protection?.id === protectionId ? member.protection : undefined);
  if (!member) {
    return (
      <>
        <BackLink to="/protections" text="Back to pay protection" />
        {staffNumber === '' ? <p className="govuk-body">Choose the protection to end from the list of protections.</p> : <QueryState isPending={staff.isPending} error={staff.error} />}
      </>
    );
  }
  if (!protection || protection.status !== 'ACTIVE') {
    return (
      <>
        <BackLink to="/protections" text="Back to pay protection" />
        <h1 className="govuk-heading-l">End pay protection</h1>
        <p className="govuk-body">This protection is not active, so it cannot be ended.</p>
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string, string?]> = [];
    const trimmed = reason.trim();
    if (trimmed === '') problems.push(['reason', 'Enter why the protection ends']);
    else if (trimmed.length > MAX_REASON) problems.push(['reason', `Why the protection ends must be ${MAX_REASON} characters or fewer`]);
    const dateGiven = `${date.day}${date.month}${date.year}`.trim() !== '';
    const checked = dateGiven ? checkDate(date, 'the last protected day', 'endedOn') : undefined;
    if (checked && !checked.ok) problems.push(['endedOn', checked.message, checked.inputId]);
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      await end.mutateAsync({
        fields: { reason: trimmed, endReason: endReason as ProtectionEndEndReasonEnum, endedOn: checked?.ok ? checked.iso : undefined },
        version: protection.version,
      });
      navigate('/protections', flash(`The pay protection of ${member.name} has ended. Their pay falls back to their contractual salary.`));
    });
  };

  return (
    <>
      <BackLink to="/protections" text="Back to pay protection" />
      {form.conflict && <ConcurrencyWarning onReload={() => void staff.refetch().then(form.reset)} />}
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{member.name}</span>
          <h1 className="govuk-heading-l">Are you sure you want to end this pay protection?</h1>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Protection</dt>
              <dd className="govuk-summary-list__value">
                {PROTECTION_TYPE_LABELS[protection.type]}: protected salary {formatPence(protection.protectedSalaryPence)}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Would end</dt>
              <dd className="govuk-summary-list__value">{formatDate(protection.until)}</dd>
            </div>
          </dl>
          <form noValidate onSubmit={submit} aria-label="End pay protection">
            <Radios
              id="endReason"
              legend="Why does it end?"
              value={endReason}
              onChange={setEndReason}
              items={REASONS.map((value) => ({ value, text: END_REASON_LABELS[value] }))}
              error={form.errors.byInputId.endReason}
            />
            <Textarea
              id="reason"
              label="Explain why, for the record"
              hint="This is recorded in the audit trail."
              value={reason}
              onChange={setReason}
              error={form.errors.byInputId.reason}
              rows={4}
            />
            <DateInput
              id="endedOn"
              legend="Last protected day (optional)"
              hint="For example, 31 12 2026. Leave blank for today."
              value={date}
              onChange={setDate}
              error={form.errors.byInputId.endedOn ?? form.errors.byInputId['endedOn-month'] ?? form.errors.byInputId['endedOn-year']}
            />
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                From the day after, {member.name} is paid their contractual salary and is no longer at risk. This cannot be undone.
              </strong>
            </div>
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={form.submitting}>
                End the protection
              </button>
              <Link className="govuk-link" to="/protections">
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
