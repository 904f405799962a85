import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Textarea } from '../../components/Textarea';
import { type DateParts, formatDate } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Offer } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { NotFoundPage } from '../errors/ErrorPages';
import { type OfferAction, useOfferAction } from './mutations';
import { useOffer } from './queries';

const resolver = namedFieldsResolver(['reason', 'agreedEnd', 'decidedOn', 'trialStartsOn', 'status']);
const MAX_REASON = 2000;
const EMPTY: DateParts = { day: '', month: '', year: '' };

type ActionName = 'accept' | 'decline' | 'withdraw' | 'extend' | 'confirm' | 'not-successful';

interface ActionCopy {
  heading: (offer: Offer, own: boolean) => string;
  button: string;
  warning?: boolean;
  reason?: { label: string; hint: string; missing: string };
  date?: { id: 'trialStartsOn' | 'agreedEnd' | 'decidedOn'; legend: string; hint: string; what: string; required: boolean };
  done: (offer: Offer, own: boolean) => string;
}

const ACTIONS: Record<ActionName, ActionCopy> = {
  accept: {
    heading: (offer, own) => (own ? `Accept the offer of ${offer.title}` : `Record that ${offer.name} accepted the offer`),
    button: 'Accept the offer',
    date: {
      id: 'trialStartsOn',
      legend: 'When does the trial start? (optional)',
      hint: 'For example, 3 8 2026. Leave blank for today. The trial lasts 4 weeks.',
      what: 'the day the trial starts',
      required: false,
    },
    done: (offer) => `The offer was accepted. ${offer.trial ? `${offer.trial.text}` : ''}`.trim(),
  },
  decline: {
    heading: (offer, own) => (own ? `Decline the offer of ${offer.title}` : `Record that ${offer.name} declined the offer`),
    button: 'Decline the offer',
    warning: true,
    reason: { label: 'Reasons for declining', hint: 'These are recorded with the offer and in the audit trail.', missing: 'Enter the reasons for declining the offer' },
    done: (offer) => `The offer was declined. ${offer.declineOutcome?.text ?? ''}`.trim(),
  },
  withdraw: {
    heading: (offer) => `Withdraw the offer to ${offer.name}`,
    button: 'Withdraw the offer',
    warning: true,
    reason: { label: 'Why is it being withdrawn?', hint: 'This is recorded with the offer and in the audit trail.', missing: 'Enter the reason the offer is being withdrawn' },
    done: () => 'The offer has been withdrawn. The vacancy is back at the stage it was offered at.',
  },
  extend: {
    heading: (offer) => `Extend the trial of ${offer.name}`,
    button: 'Extend the trial',
    date: { id: 'agreedEnd', legend: 'End date agreed in writing', hint: 'For example, 28 9 2026. A trial can be extended once.', what: 'the agreed end date', required: true },
    reason: { label: 'Reason for the extension', hint: 'As agreed in writing, for example the retraining needed.', missing: 'Enter the reason for the extension' },
    done: (offer) => `The trial has been extended. ${offer.trial?.text ?? ''}`.trim(),
  },
  confirm: {
    heading: (offer) => `Confirm the appointment of ${offer.name}`,
    button: 'Confirm the appointment',
    date: { id: 'decidedOn', legend: 'Appointed from (optional)', hint: 'For example, 31 8 2026. Leave blank for today.', what: 'the day of the appointment', required: false },
    done: (offer) => offer.trialOutcome?.text ?? 'The appointment has been confirmed.',
  },
  'not-successful': {
    heading: (offer) => `Record that the trial of ${offer.name} was not successful`,
    button: 'Record the outcome',
    warning: true,
    reason: { label: 'Why was the trial not successful?', hint: `This is recorded with the offer and in the audit trail.`, missing: 'Enter the reason the trial was not successful' },
    date: { id: 'decidedOn', legend: 'Decided on (optional)', hint: 'For example, 31 8 2026. Leave blank for today.', what: 'the day of the decision', required: false },
    done: (offer) => offer.trialOutcome?.text ?? 'The trial was not successful.',
  },
};

function isAction(action: string, own: boolean): action is ActionName {
  return own ? action === 'accept' || action === 'decline' : action in ACTIONS;
}

/** Record an offer's answer, withdrawal, trial extension or trial outcome; staff answer their own offers here too. */
export function OfferActionPage({ own = false }: { own?: boolean }) {
  const { offerId = '', action = '' } = useParams();
  const query = useOffer(offerId);
  const record = useOfferAction(offerId, query.data?.vacancyId);
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<DateParts>(EMPTY);
  const known = isAction(action, own);
  usePageTitle(known ? ACTIONS[action].button : 'Page not found', hasErrors(form.errors));
  const back = own ? '/my-vacancies' : `/offers/${offerId}`;

  if (!known) {
    return <NotFoundPage />;
  }
  const offer = query.data;
  if (!offer) {
    return (
      <>
        <BackLink to={back} text="Back" />
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }
  const copy = ACTIONS[action];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string, string?]> = [];
    const trimmed = reason.trim();
    if (copy.reason) {
      if (trimmed === '') problems.push(['reason', copy.reason.missing]);
      else if (trimmed.length > MAX_REASON) problems.push(['reason', `The reason must be ${MAX_REASON.toLocaleString('en-GB')} characters or fewer`]);
    }
    let iso: string | undefined;
    if (copy.date) {
      const given = `${date.day}${date.month}${date.year}`.trim() !== '';
      if (given || copy.date.required) {
        const checked = checkDate(date, copy.date.what, copy.date.id);
        if (checked.ok) iso = checked.iso;
        else problems.push([copy.date.id, checked.message, checked.inputId]);
      }
    }
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    const request: OfferAction =
      action === 'accept'
        ? { kind: 'accept', trialStartsOn: iso }
        : action === 'decline'
          ? { kind: 'decline', reason: trimmed }
          : action === 'withdraw'
            ? { kind: 'withdraw', reason: trimmed }
            : action === 'extend'
              ? { kind: 'extend', agreedEnd: iso as string, reason: trimmed }
              : action === 'confirm'
                ? { kind: 'outcome', outcome: 'CONFIRMED', decidedOn: iso }
                : { kind: 'outcome', outcome: 'NOT_SUCCESSFUL', decidedOn: iso, reason: trimmed };
    void form.run(async () => {
      const updated = await record.mutateAsync(request);
      navigate(back, flash(copy.done(updated, own)));
    });
  };

  const dateError = copy.date
    ? (form.errors.byInputId[copy.date.id] ?? form.errors.byInputId[`${copy.date.id}-month`] ?? form.errors.byInputId[`${copy.date.id}-year`])
    : undefined;
  return (
    <>
      <BackLink to={back} text="Back" />
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{offer.title}</span>
          <h1 className="govuk-heading-l">{copy.heading(offer, own)}</h1>
          {offer.trial && (action === 'extend' || action === 'confirm' || action === 'not-successful') && (
            <p className="govuk-body" data-testid="trial-now">
              {offer.trial.text} It ends on {formatDate(offer.trial.endsOn)}.
            </p>
          )}
          {action === 'decline' && offer.suitable && (
            <div className="govuk-inset-text" data-testid="suitable-warning">
              HR recorded this as a suitable alternative offer. Declining a suitable offer ends pay protection only if the employer’s policy says so. The
              answer will say whether it does.
            </div>
          )}
          <form noValidate onSubmit={submit} aria-label={copy.button}>
            {copy.date && <DateInput id={copy.date.id} legend={copy.date.legend} hint={copy.date.hint} value={date} onChange={setDate} error={dateError} />}
            {copy.reason && <Textarea id="reason" label={copy.reason.label} hint={copy.reason.hint} value={reason} onChange={setReason} error={form.errors.byInputId.reason} rows={4} />}
            <div className="govuk-button-group">
              <button type="submit" className={`govuk-button${copy.warning ? ' govuk-button--warning' : ''}`} data-module="govuk-button" disabled={form.submitting}>
                {copy.button}
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
