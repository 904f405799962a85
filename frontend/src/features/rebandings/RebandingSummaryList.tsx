import { Link } from 'react-router-dom';
import { formatDate, formatTimestamp } from '../../format/dates';
import type { Rebanding } from '../../generated/api';
import { evaluationPaths } from '../evaluations/paths';

/** What the re-banding carries out: the outcome, the JDs it replaces, from when. */
export function RebandingSummaryList({ rebanding }: { rebanding: Rebanding }) {
  const outcome = rebanding.outcome;
  return (
    <dl className="govuk-summary-list" data-testid="rebanding-summary">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Job description</dt>
        <dd className="govuk-summary-list__value">
          <Link className="govuk-link" to={`/job-descriptions/${rebanding.jobDescription.id}`}>
            {rebanding.jobDescription.title}
          </Link>
          <span className="govuk-body-s app-secondary-text app-block">{rebanding.jobDescription.reference}</span>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Outcome</dt>
        <dd className="govuk-summary-list__value">
          {outcome.band.name}, from a total of {outcome.total} points ({outcome.schemeName}, version {outcome.schemeVersion}).{' '}
          <Link className="govuk-link" to={evaluationPaths.outcome(outcome.evaluationId)}>
            Read the outcome
          </Link>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Replaces</dt>
        <dd className="govuk-summary-list__value">
          {rebanding.replaces.length === 0 ? (
            'No other job description'
          ) : (
            <ul className="govuk-list">
              {rebanding.replaces.map((jd) => (
                <li key={jd.id}>
                  {jd.title} ({jd.reference})
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Takes effect</dt>
        <dd className="govuk-summary-list__value">{formatDate(rebanding.effectiveFrom)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Modelled</dt>
        <dd className="govuk-summary-list__value">{formatTimestamp(rebanding.calculatedAt)}</dd>
      </div>
      {rebanding.appliedAt && (
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Applied</dt>
          <dd className="govuk-summary-list__value">{formatTimestamp(rebanding.appliedAt)}</dd>
        </div>
      )}
    </dl>
  );
}
