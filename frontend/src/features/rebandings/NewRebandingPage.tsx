import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { Checkboxes } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import type { DateParts } from '../../format/dates';
import { checkDate } from '../../forms/dateCheck';
import { clientErrors, hasErrors, type FieldIdResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useCreateRebanding } from './mutations';
import { usePublishedOutcomes, useReplaceableJds } from './queries';

const resolver: FieldIdResolver = (path) => {
  if (path === 'evaluationId') return 'evaluationId';
  if (path.startsWith('replacesJobDescriptionIds')) return 'replaces';
  if (path === 'effectiveFrom') return 'effectiveFrom';
  return undefined;
};

/** Model a re-banding: the published outcome, the JDs it replaces (their holders move to it), and the effective date. */
export function NewRebandingPage() {
  const outcomes = usePublishedOutcomes();
  const create = useCreateRebanding();
  const form = useFormSubmit(resolver);
  const navigate = useNavigate();
  const [evaluationId, setEvaluationId] = useState('');
  const [replaces, setReplaces] = useState<string[]>([]);
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  usePageTitle('Model a re-banding', hasErrors(form.errors));
  const chosen = outcomes.data?.items.find((entry) => entry.id === evaluationId);
  const candidates = useReplaceableJds(chosen?.directorate ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string, string?]> = [];
    if (!evaluationId) problems.push(['evaluationId', 'Select the published outcome to carry out']);
    const dateGiven = `${date.day}${date.month}${date.year}`.trim() !== '';
    const checked = dateGiven ? checkDate(date, 'the date the re-banding takes effect', 'effectiveFrom') : undefined;
    if (checked && !checked.ok) problems.push(['effectiveFrom', checked.message, checked.inputId]);
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    void form.run(async () => {
      const created = await create.mutateAsync({
        evaluationId,
        replacesJobDescriptionIds: replaces,
        effectiveFrom: checked?.ok ? checked.iso : undefined,
      });
      navigate(`/rebandings/${created.id}`);
    });
  };

  if (!outcomes.data) {
    return <QueryState isPending={outcomes.isPending} error={outcomes.error} />;
  }
  const options = [
    { value: '', text: 'Select an outcome' },
    ...outcomes.data.items.map((entry) => ({ value: entry.id, text: `${entry.title} (${entry.reference})` })),
  ];
  const replaceable = (candidates.data?.items ?? []).filter((jd) => jd.id !== chosen?.jdId);

  return (
    <>
      <BackLink to="/rebandings" text="Back to re-bandings" />
      <ErrorSummary items={form.errors.summary} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Model a re-banding</h1>
          <p className="govuk-body">Nothing changes for anyone until you apply the re-banding.</p>
          <form noValidate onSubmit={submit} aria-label="Model a re-banding">
            <Select
              id="evaluationId"
              label="Published outcome"
              hint="The holders of its job description move to its band."
              value={evaluationId}
              onChange={(value) => {
                setEvaluationId(value);
                setReplaces([]);
              }}
              options={options}
              error={form.errors.byInputId.evaluationId}
            />
            {chosen && (
              candidates.data ? (
                replaceable.length > 0 ? (
                  <Checkboxes
                    id="replaces"
                    legend="Which job descriptions does it replace? (optional)"
                    hint={`Their holders move to ${chosen.title} too. Job descriptions in ${chosen.directorate}.`}
                    values={replaces}
                    items={replaceable.map((jd) => ({ value: jd.id, text: `${jd.title} (${jd.reference})`, hint: jd.band ? `Now ${jd.band.name}` : undefined }))}
                    onChange={setReplaces}
                    error={form.errors.byInputId.replaces}
                  />
                ) : (
                  <p className="govuk-body">No other job description in {chosen.directorate} could be replaced.</p>
                )
              ) : (
                <QueryState isPending={candidates.isPending} error={candidates.error} />
              )
            )}
            <DateInput
              id="effectiveFrom"
              legend="When does the re-banding take effect? (optional)"
              hint="For example, 1 8 2026. Leave blank to use the outcome’s date."
              value={date}
              onChange={setDate}
              error={form.errors.byInputId.effectiveFrom ?? form.errors.byInputId['effectiveFrom-month'] ?? form.errors.byInputId['effectiveFrom-year']}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
                Model the impact
              </button>
              <Link className="govuk-link" to="/rebandings">
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
