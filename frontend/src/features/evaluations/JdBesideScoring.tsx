import type { Criterion } from '../../generated/api';
import { useJdVersion } from '../job-descriptions/queries';

function Criteria({ heading, criteria }: { heading: string; criteria: Criterion[] }) {
  return (
    <>
      <h3 className="govuk-heading-s">{heading}</h3>
      {criteria.length === 0 ? (
        <p className="govuk-body-s">None.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet govuk-body-s">
          {criteria.map((criterion, index) => (
            <li key={`${index}-${criterion.text}`}>{criterion.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The job description under evaluation (purpose, duties, criteria), readable beside the scoring form. */
export function JdBesideScoring({ versionId }: { versionId: string }) {
  const version = useJdVersion(versionId);
  const content = version.data?.record.content;
  return (
    <details className="govuk-details" open data-testid="jd-beside-scoring">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">The job description being evaluated</span>
      </summary>
      <div className="govuk-details__text">
        {!content ? (
          <p className="govuk-body-s" role="status">
            {version.error ? 'The job description could not be read. Try again later.' : 'Loading…'}
          </p>
        ) : (
          <>
            <h3 className="govuk-heading-s">Purpose</h3>
            <p className="govuk-body-s">{content.purpose}</p>
            <h3 className="govuk-heading-s">Main duties</h3>
            <ol className="govuk-list govuk-list--number govuk-body-s">
              {content.mainDuties.map((duty, index) => (
                <li key={index}>{duty}</li>
              ))}
            </ol>
            <Criteria heading="Essential criteria" criteria={(content.criteria ?? []).filter((criterion) => criterion.kind === 'ESSENTIAL')} />
            <Criteria heading="Desirable criteria" criteria={(content.criteria ?? []).filter((criterion) => criterion.kind === 'DESIRABLE')} />
          </>
        )}
      </div>
    </details>
  );
}
