import { Link } from 'react-router-dom';
import { formatDate } from '../../format/dates';
import type { JdVersionSummary } from '../../generated/api';
import { newestFirst } from './jdVersions';
import { JdStatusTag } from './JdTags';
import { OutcomeLink } from './OutcomeLink';
import { ScrollRegion } from '../../components/ScrollRegion';

export function JdVersionsTable({ versions }: { versions: JdVersionSummary[] }) {
  return (
    <ScrollRegion label="Versions">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Versions</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Version</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Effective from</th>
            <th scope="col" className="govuk-table__header">Outcome</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {newestFirst(versions).map((version) => (
            <tr className="govuk-table__row" key={version.id} data-version={version.number}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/jd-versions/${version.id}`}>
                  Version {version.number}
                </Link>
              </td>
              <td className="govuk-table__cell">
                <JdStatusTag status={version.status} />
              </td>
              <td className="govuk-table__cell">{version.effectiveFrom ? formatDate(version.effectiveFrom) : 'Not set'}</td>
              <td className="govuk-table__cell">{version.outcome ? <OutcomeLink outcome={version.outcome} /> : 'None'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
