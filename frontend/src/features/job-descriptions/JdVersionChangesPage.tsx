import { useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { QueryState } from '../../components/QueryState';
import type { JdFieldChange } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { paragraphs } from './jdContentView';
import { contentFieldLabel } from './jdLabels';
import { useJdVersion, useJdVersionChanges } from './queries';
import { ScrollRegion } from '../../components/ScrollRegion';

/** A changed value, its lines kept apart; "None" when there was (or is) none. */
function ChangedValue({ text }: { text: string | undefined }) {
  const lines = paragraphs(text ?? '');
  if (lines.length === 0) {
    return <>None</>;
  }
  return (
    <ul className="govuk-list app-no-margin">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

function ChangesTable({ changes }: { changes: JdFieldChange[] }) {
  return (
    <ScrollRegion label="Changes">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Changes</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Field</th>
            <th scope="col" className="govuk-table__header">Before</th>
            <th scope="col" className="govuk-table__header">After</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {changes.map((change, index) => (
            <tr className="govuk-table__row" key={`${index}-${change.field}`}>
              <th scope="row" className="govuk-table__header">
                {contentFieldLabel(change.field)}
              </th>
              <td className="govuk-table__cell">
                <ChangedValue text={change.before} />
              </td>
              <td className="govuk-table__cell">
                <ChangedValue text={change.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function JdVersionChangesPage() {
  const { versionId = '' } = useParams();
  const version = useJdVersion(versionId);
  const changes = useJdVersionChanges(versionId);
  const record = version.data?.record;
  usePageTitle(record ? `What changed in ${record.reference}, version ${record.number}` : 'What changed');

  if (!record || !changes.data) {
    return <QueryState isPending={version.isPending || changes.isPending} error={version.error ?? changes.error} />;
  }
  return (
    <>
      <BackLink to={`/jd-versions/${versionId}`} />
      <span className="govuk-caption-l">
        {record.reference}, {record.content.title}
      </span>
      <h1 className="govuk-heading-l">What changed in version {record.number}</h1>
      {changes.data.previousVersionId === undefined ? (
        <p className="govuk-body">This is the first version, so there is nothing to compare it with.</p>
      ) : changes.data.changes.length === 0 ? (
        <p className="govuk-body">Nothing changed from version {record.number - 1}.</p>
      ) : (
        <ChangesTable changes={changes.data.changes} />
      )}
    </>
  );
}
