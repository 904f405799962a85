import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { clientErrors, hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useMakeOffer } from './mutations';
import { useVacancy, useVacancyInterest, useVacancyPool } from './queries';

const resolver = namedFieldsResolver(['staffNumber', 'suitable']);
const OTHER = 'other';

/**
 * HR offers the vacancy to one person: at stage 1 someone in the pool found suitable, later anyone who expressed
 * interest (or another staff number); and records whether the offer is a suitable alternative for them.
 */
export function MakeOfferPage() {
  const { vacancyId = '' } = useParams();
  const vacancy = useVacancy(vacancyId);
  const ringFenced = vacancy.data?.record.status === 'RING_FENCE';
  const pool = useVacancyPool(vacancyId, 1, Boolean(vacancy.data?.record.ringFence));
  const interest = useVacancyInterest(vacancyId);
  const offer = useMakeOffer(vacancyId);
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [chosen, setChosen] = useState('');
  const [other, setOther] = useState('');
  const [suitable, setSuitable] = useState('');
  usePageTitle('Make an offer', hasErrors(form.errors));
  const back = `/vacancies/${vacancyId}`;

  if (!vacancy.data || !interest.data) {
    return (
      <>
        <BackLink to={back} text="Back to the vacancy" />
        <QueryState isPending={vacancy.isPending || interest.isPending} error={vacancy.error ?? interest.error} />
      </>
    );
  }
  const suitableInPool = (pool.data?.items ?? []).filter((entry) => entry.decision?.suitability === 'SUITABLE');
  const candidates = new Map<string, { name: string; hint: string }>();
  for (const entry of suitableInPool) candidates.set(entry.staffNumber, { name: entry.name, hint: `In the pool, found suitable: ${entry.decision?.reason ?? ''}` });
  if (!ringFenced) {
    for (const item of interest.data.items) {
      if (!candidates.has(item.staffNumber)) candidates.set(item.staffNumber, { name: item.name, hint: `Expressed interest (staff number ${item.staffNumber})` });
    }
  }
  const items = [...candidates.entries()].map(([value, { name, hint }]) => ({ value, text: name, hint }));
  if (!ringFenced) items.push({ value: OTHER, text: 'Someone else', hint: 'Enter their staff number' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string]> = [];
    const staffNumber = chosen === OTHER ? other.trim().toUpperCase() : chosen;
    if (chosen === '') problems.push(['staffNumber', 'Select who the vacancy is offered to']);
    else if (staffNumber === '') problems.push(['otherStaffNumber', 'Enter the staff number of the person the vacancy is offered to']);
    if (suitable === '') problems.push(['suitable', 'Select whether the offer is a suitable alternative for them']);
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      const made = await offer.mutateAsync({ staffNumber, suitable: suitable === 'true' });
      navigate(`/offers/${made.id}`, flash(`The vacancy has been offered to ${made.name}.`));
    });
  };

  return (
    <>
      <BackLink to={back} text="Back to the vacancy" />
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{vacancy.data.record.title}</span>
          <h1 className="govuk-heading-l">Make an offer</h1>
          <p className="govuk-body">One offer at a time: nobody else can be offered this vacancy until this offer is answered, or its trial ends.</p>
          {ringFenced && items.length === 0 ? (
            <p className="govuk-body" data-testid="no-candidates">
              While the vacancy is ring-fenced it can only be offered to someone in the pool found suitable. Nobody in the pool has been found suitable
              yet.
            </p>
          ) : (
            <form noValidate onSubmit={submit} aria-label="Make an offer">
              <Radios id="staffNumber" legend="Who is it offered to?" value={chosen} onChange={setChosen} items={items} error={form.errors.byInputId.staffNumber} />
              {chosen === OTHER && (
                <TextInput
                  id="otherStaffNumber"
                  label="Staff number"
                  value={other}
                  onChange={setOther}
                  widthClass="govuk-input--width-10"
                  spellCheck={false}
                  autoComplete="off"
                  error={form.errors.byInputId.otherStaffNumber}
                />
              )}
              <Radios
                id="suitable"
                legend="Is this a suitable alternative offer for them?"
                hint="Declining a suitable offer may end pay protection, if the employer’s policy says so. They will be told."
                value={suitable}
                onChange={setSuitable}
                inline
                items={[
                  { value: 'true', text: 'Yes' },
                  { value: 'false', text: 'No' },
                ]}
                error={form.errors.byInputId.suitable}
              />
              <div className="govuk-button-group">
                <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
                  Make the offer
                </button>
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              </div>
            </form>
          )}
        </div>
      </div>
    </>
  );
}
