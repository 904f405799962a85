import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { PanelSide, Role } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { useDirectory } from '../evaluations/queries';
import { panelFieldResolver } from './fields';
import { useAppeal, useSeatReviewPanel } from './queries';

interface Seat {
  userId: string;
  side: string;
}


/** Seats the review panel: at least 3 members, both sides, one chair, mostly people new to the role's evaluation. */
export function ReviewPanelPage() {
  usePageTitle('Seat the review panel');
  const { appealId = '' } = useParams();
  const navigate = useNavigate();
  const appeal = useAppeal(appealId);
  const hr = useDirectory(Role.HrEvaluator);
  const admins = useDirectory(Role.HrAdmin);
  const reps = useDirectory(Role.UnionRep);
  const save = useSeatReviewPanel(appealId);
  const form = useFormSubmit(panelFieldResolver);
  const [seats, setSeats] = useState<Seat[]>([
    { userId: '', side: PanelSide.Management },
    { userId: '', side: PanelSide.Management },
    { userId: '', side: PanelSide.Staff },
  ]);
  const [chair, setChair] = useState('0');

  if (!appeal.data || !hr.data || !admins.data || !reps.data) {
    return <QueryState isPending={appeal.isPending || hr.isPending || admins.isPending || reps.isPending} error={appeal.error ?? hr.error ?? admins.error ?? reps.error} />;
  }
  const people = new Map<string, string>();
  for (const person of [...hr.data.items, ...admins.data.items, ...reps.data.items]) people.set(person.id, person.displayName);
  const options = [{ value: '', text: 'Choose a person' }, ...[...people].map(([value, text]) => ({ value, text }))];
  const back = `/appeals/${appealId}`;
  const etag = appeal.data.etag;

  const submit = () =>
    form.run(async () => {
      await save.mutateAsync({
        etag,
        panel: { members: seats.map((s, i) => ({ userId: s.userId, side: s.side as PanelSide, chair: String(i) === chair })) },
      });
      navigate(back);
    });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back} text="Back to the appeal" />
        {form.conflict && <ConcurrencyWarning onReload={() => void appeal.refetch()} />}
        <ErrorSummary items={form.errors.summary} />
        <span className="govuk-caption-l">Appeal about {appeal.data.record.title}</span>
        <h1 className="govuk-heading-l">Seat the review panel</h1>
        <p className="govuk-body">
          At least 3 members from both sides, one of them the chair. Most must not have sat on the original panel, and nobody who holds the role may
          sit.
        </p>
        {seats.map((seat, i) => (
          <fieldset className="govuk-fieldset" key={i}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Member {i + 1}</legend>
            <Select
              id={`seat-${i}-userId`}
              label="Person"
              value={seat.userId}
              options={options}
              error={form.errors.byInputId[`seat-${i}-userId`]}
              onChange={(userId) => setSeats(seats.map((s, j) => (j === i ? { ...s, userId } : s)))}
            />
            <Select
              id={`seat-${i}-side`}
              label="Side"
              value={seat.side}
              options={[
                { value: PanelSide.Management, text: 'Management side' },
                { value: PanelSide.Staff, text: 'Staff side (union)' },
              ]}
              error={form.errors.byInputId[`seat-${i}-side`]}
              onChange={(side) => setSeats(seats.map((s, j) => (j === i ? { ...s, side } : s)))}
            />
          </fieldset>
        ))}
        <Select
          id="chair"
          label="Who chairs the panel?"
          value={chair}
          options={seats.map((_, i) => ({ value: String(i), text: `Member ${i + 1}` }))}
          onChange={setChair}
        />
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => setSeats([...seats, { userId: '', side: PanelSide.Management }])}>
            Add another member
          </button>
          <button type="button" className="govuk-button" data-module="govuk-button" disabled={form.submitting} onClick={() => void submit()}>
            Seat the panel
          </button>
        </div>
      </div>
    </div>
  );
}
