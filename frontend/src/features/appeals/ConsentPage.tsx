import { useState } from 'react';
import { BackLink } from '../../components/BackLink';
import { QueryState } from '../../components/QueryState';
import { Radios } from '../../components/Radios';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SuccessBanner } from '../../components/SuccessBanner';
import { formatTimestamp } from '../../format/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { useConsent, useRecordViews, useSetConsent } from './queries';

const UNION_NAMES: Record<string, string> = { NAPO: 'Napo', UNISON: 'UNISON', GMB: 'GMB' };

/** A staff member's consent for their union's reps to see their record, and who has looked at it. */
export function ConsentPage() {
  usePageTitle('Your union and your record');
  const consent = useConsent();
  const views = useRecordViews();
  const save = useSetConsent();
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);

  if (!consent.data) {
    return <QueryState isPending={consent.isPending} error={consent.error} />;
  }
  const union = consent.data.union ? UNION_NAMES[consent.data.union] : 'your union';
  const value = choice ?? (consent.data.granted ? 'yes' : 'no');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/appeals" text="Back to appeals" />
        {saved && <SuccessBanner message={saved} />}
        <h1 className="govuk-heading-l">Your union and your record</h1>
        <p className="govuk-body">
          With your consent, {union} reps can see your record: your pay, any pay protection, your eligibility for vacancies and your
          appeals. Without it, they see only your name and staff number. You can change your mind at any time.
        </p>
        <Radios
          id="granted"
          legend={`Can ${union} reps see your record?`}
          value={value}
          onChange={setChoice}
          items={[
            { value: 'yes', text: 'Yes, they can see my record' },
            { value: 'no', text: 'No, they cannot see my record' },
          ]}
        />
        <button
          type="button"
          className="govuk-button"
          data-module="govuk-button"
          disabled={save.isPending}
          onClick={() =>
            save.mutate(value === 'yes', {
              onSuccess: (c) => {
                setChoice(undefined);
                setSaved(c.granted ? `${union} reps can now see your record.` : `${union} reps can no longer see your record.`);
              },
            })
          }
        >
          Save your choice
        </button>
        <h2 className="govuk-heading-m">Who has looked at your record</h2>
        {views.data ? (
          views.data.items.length === 0 ? (
            <p className="govuk-body">No union rep has looked at your record.</p>
          ) : (
            <ScrollRegion label="Who has looked at your record">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Union reps who looked at your record, newest first</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      When
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Who
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {views.data.items.map((view) => (
                    <tr className="govuk-table__row" key={view.at.toISOString() + view.by}>
                      <td className="govuk-table__cell">{formatTimestamp(view.at)}</td>
                      <td className="govuk-table__cell">{view.by}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )
        ) : (
          <QueryState isPending={views.isPending} error={views.error} />
        )}
      </div>
    </div>
  );
}
