import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Suitability } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { useDecidePoolCandidate } from './mutations';
import { useVacancy, useVacancyEligibility } from './queries';
import { ReasonsList } from './ReasonsList';

const resolver = namedFieldsResolver(['suitability', 'reason', 'staffNumber']);
const MAX_REASON = 2000;

/** HR records whether a person in the pool is suitable, with the written reason they will be given. */
export function PoolDecisionPage() {
  const { vacancyId = '', staffNumber = '' } = useParams();
  const vacancy = useVacancy(vacancyId);
  const eligibility = useVacancyEligibility(vacancyId, staffNumber);
  const decide = useDecidePoolCandidate(vacancyId, staffNumber);
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const existing = eligibility.data?.decision;
  const [suitability, setSuitability] = useState<string | undefined>(undefined);
  const [reason, setReason] = useState<string | undefined>(undefined);
  usePageTitle('Record a decision', hasErrors(form.errors));
  const back = `/vacancies/${vacancyId}`;

  if (!vacancy.data || !eligibility.data) {
    return (
      <>
        <BackLink to={back} text="Back to the vacancy" />
        <QueryState isPending={vacancy.isPending || eligibility.isPending} error={vacancy.error ?? eligibility.error} />
      </>
    );
  }
  const person = eligibility.data;
  const name = person.name ?? staffNumber;
  const chosen = suitability ?? existing?.suitability ?? '';
  const written = reason ?? existing?.reason ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string]> = [];
    if (chosen === '') problems.push(['suitability', `Select whether ${name} is suitable for this post`]);
    const trimmed = written.trim();
    if (trimmed === '') problems.push(['reason', `Enter the reason ${name} will be given`]);
    else if (trimmed.length > MAX_REASON) problems.push(['reason', `The reason must be ${MAX_REASON.toLocaleString('en-GB')} characters or fewer`]);
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      await decide.mutateAsync({ suitability: chosen as Suitability, reason: trimmed });
      navigate(back, flash(`The decision for ${name} has been recorded.`));
    });
  };

  return (
    <>
      <BackLink to={back} text="Back to the vacancy" />
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{vacancy.data.record.title}</span>
          <h1 className="govuk-heading-l">Is {name} suitable for this post?</h1>
          <h2 className="govuk-heading-m">Their eligibility</h2>
          <ReasonsList reasons={person.reasons} />
          <form noValidate onSubmit={submit} aria-label="Record a decision">
            <Radios
              id="suitability"
              legend="Decision"
              value={chosen}
              onChange={setSuitability}
              items={[
                { value: 'SUITABLE', text: 'Suitable' },
                { value: 'NOT_SUITABLE', text: 'Not suitable' },
              ]}
              error={form.errors.byInputId.suitability}
            />
            <Textarea
              id="reason"
              label="Reason"
              hint={`${name} will be given this reason in writing. It is recorded in the audit trail.`}
              value={written}
              onChange={setReason}
              error={form.errors.byInputId.reason}
              rows={4}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
                Save the decision
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
