import { Link } from 'react-router-dom';
import type { JdVersion } from '../../generated/api';
import { evaluationPaths } from './paths';

/** What is to be evaluated: the JD version's title, reference, status, purpose and duties. */
export function JdVersionSummary({ version }: { version: JdVersion }) {
  const { content } = version;
  return (
    <dl className="govuk-summary-list" data-testid="jd-version-summary">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Job description</dt>
        <dd className="govuk-summary-list__value">
          <Link className="govuk-link" to={evaluationPaths.jdVersion(version.id)}>
            {content.title} ({version.reference}), version {version.number}
          </Link>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Role family</dt>
        <dd className="govuk-summary-list__value">{content.roleFamily}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Directorate</dt>
        <dd className="govuk-summary-list__value">{content.directorate}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Purpose</dt>
        <dd className="govuk-summary-list__value">{content.purpose}</dd>
      </div>
      {content.mainDuties.length > 0 && (
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Main duties</dt>
          <dd className="govuk-summary-list__value">
            <ul className="govuk-list govuk-list--bullet">
              {content.mainDuties.map((duty, index) => (
                <li key={index}>{duty}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
