import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SuccessBanner } from '../../components/SuccessBanner';
import { TextInput } from '../../components/TextInput';
import { clientErrors, type FieldIdResolver, hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { CatalogueCriterion, TrainingCourse } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { useReplaceTrainingCatalogue } from './mutations';
import { useCriteriaCatalogue } from './queries';
import { VACANCY_ADMINS } from './roles';
import { checkTrainingWeeks, trainingText } from './trainingWeeks';

const TITLE = 'Criteria and training';

/**
 * The criteria catalogue (every criterion a job description in force names, or anyone holds) with each trainable
 * criterion's typical training time. HR admins change the times; everyone else who reads vacancies sees them.
 */
export function TrainingCataloguePage() {
  const catalogue = useCriteriaCatalogue();
  const { data: profile } = useCurrentUser();
  const admin = profile ? hasAnyRole(profile.roles, VACANCY_ADMINS) : false;
  const [saved, setSaved] = useState<string>();
  usePageTitle(TITLE);
  if (!catalogue.data) {
    return (
      <>
        <BackLink to="/vacancies" text="Back to vacancies" />
        <QueryState isPending={catalogue.isPending} error={catalogue.error} />
      </>
    );
  }
  const items = [...catalogue.data.items].sort((a, b) => a.criterion.localeCompare(b.criterion, 'en-GB'));
  return (
    <>
      <BackLink to="/vacancies" text="Back to vacancies" />
      <SuccessBanner message={saved} />
      {admin ? (
        <CatalogueForm key={JSON.stringify(items)} items={items} onSaved={setSaved} />
      ) : (
        <>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <Introduction />
          <CatalogueTable items={items} />
        </>
      )}
    </>
  );
}

function Introduction() {
  return (
    <p className="govuk-body">
      A person at risk who is missing an essential criterion stays in a vacancy’s ring-fenced pool if training for it would finish within
      6 months. The typical training time of each criterion decides that; a criterion with no training time (a degree, years of
      experience) cannot be gained by training.
    </p>
  );
}

function CatalogueTable({ items }: { items: CatalogueCriterion[] }) {
  if (items.length === 0) {
    return <p className="govuk-body">No criteria are recorded yet.</p>;
  }
  return (
    <ScrollRegion label="Criteria and typical training">
      <table className="govuk-table" data-testid="training-catalogue">
        <caption className="govuk-table__caption govuk-table__caption--m">Criteria and typical training</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Criterion
            </th>
            <th scope="col" className="govuk-table__header">
              Typical training
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <tr className="govuk-table__row" key={item.criterion}>
              <th scope="row" className="govuk-table__header">
                {item.criterion}
              </th>
              <td className="govuk-table__cell">{trainingText(item.trainingWeeks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function CatalogueForm({ items, onSaved }: { items: CatalogueCriterion[]; onSaved: (message: string | undefined) => void }) {
  const [weeks, setWeeks] = useState<string[]>(() => items.map((item) => (item.trainingWeeks === undefined ? '' : String(item.trainingWeeks))));
  /** The row of each course sent, so a server error on `items[2].weeks` lands on the right input. */
  const sentRows = useRef<number[]>([]);
  const resolver: FieldIdResolver = (path) => {
    const match = /^items\[(\d+)\]\.(weeks|criterion)$/.exec(path);
    if (!match) return undefined;
    const row = sentRows.current[Number(match[1])];
    return row === undefined ? undefined : `weeks-${row}`;
  };
  const form = useFormSubmit(resolver);
  const replace = useReplaceTrainingCatalogue();
  usePageTitle(TITLE, hasErrors(form.errors));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSaved(undefined);
    const problems: Array<[string, string]> = [];
    const courses: TrainingCourse[] = [];
    const rows: number[] = [];
    items.forEach((item, index) => {
      const checked = checkTrainingWeeks(weeks[index], item.criterion);
      if (!checked.ok) {
        problems.push([`weeks-${index}`, checked.message]);
      } else if (checked.weeks !== undefined) {
        courses.push({ criterion: item.criterion, weeks: checked.weeks });
        rows.push(index);
      }
    });
    if (problems.length > 0) {
      form.setErrors(clientErrors(problems));
      return;
    }
    sentRows.current = rows;
    void form.run(async () => {
      await replace.mutateAsync(courses);
      onSaved(
        courses.length === 1
          ? 'The training catalogue has been saved: 1 criterion can be gained by training.'
          : `The training catalogue has been saved: ${courses.length.toLocaleString('en-GB')} criteria can be gained by training.`,
      );
    });
  };

  return (
    <>
      <ErrorSummary items={form.errors.summary} />
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <Introduction />
      <p className="govuk-body">
        <Link className="govuk-link" to="/criteria/import">
          Import the criteria staff hold from a CSV file
        </Link>
      </p>
      {items.length === 0 ? (
        <p className="govuk-body">No criteria are recorded yet. They come from the job descriptions in force and from the criteria staff hold.</p>
      ) : (
        <form noValidate onSubmit={submit} aria-label="Typical training for each criterion" data-testid="training-form">
          <p className="govuk-body">Enter the typical training time in weeks. Leave it blank if the criterion cannot be gained by training.</p>
          {items.map((item, index) => (
            <TextInput
              key={item.criterion}
              id={`weeks-${index}`}
              label={item.criterion}
              labelClass="govuk-label--s"
              value={weeks[index]}
              onChange={(value) => setWeeks((current) => current.map((old, position) => (position === index ? value : old)))}
              error={form.errors.byInputId[`weeks-${index}`]}
              inputMode="numeric"
              widthClass="govuk-input--width-3"
              suffix="weeks"
              spellCheck={false}
            />
          ))}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
              Save the training times
            </button>
            <Link className="govuk-link" to="/vacancies">
              Cancel
            </Link>
          </div>
        </form>
      )}
    </>
  );
}
