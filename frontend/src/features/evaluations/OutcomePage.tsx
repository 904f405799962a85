import { Link, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { QueryState } from '../../components/QueryState';
import { Tag } from '../../components/Tag';
import { formatDate, formatTimestamp } from '../../format/dates';
import type { Outcome } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { ConsistencyCheckSummary } from './ConsistencyCheckSummary';
import { useFlash } from '../../components/flash';
import { pointsText, SIDE_LABELS } from './labels';
import { OutcomeFactorsTable } from './OutcomeFactorsTable';
import { PanelTable } from './PanelTable';
import { evaluationPaths } from './paths';
import { PrintButton } from './PrintButton';
import { useOutcome } from './queries';
import { SuccessBanner } from '../../components/SuccessBanner';

/** A published outcome in plain English, for anyone signed in, laid out to print. */
export function OutcomePage() {
  const { evaluationId = '' } = useParams();
  const outcome = useOutcome(evaluationId);
  const success = useFlash();
  usePageTitle(outcome.data ? `Outcome: ${outcome.data.title}` : 'Evaluation outcome');

  if (!outcome.data) {
    return <QueryState isPending={outcome.isPending} error={outcome.error} />;
  }
  const record = outcome.data;
  return (
    <>
      <BackLink to={evaluationPaths.jobDescription(record.jdId)} text="Back to the job description" />
      <SuccessBanner message={success} />
      <span className="govuk-caption-l">Job evaluation outcome</span>
      <h1 className="govuk-heading-xl">{record.title}</h1>
      <div className="govuk-inset-text app-outcome-summary" data-testid="outcome-summary">
        <p className="govuk-body-l govuk-!-font-weight-bold govuk-!-margin-bottom-0">{record.summary}</p>
      </div>
      <OutcomeSummaryList outcome={record} />
      <PanelTable panel={record.panel} caption="Who sat on the panel" />
      {record.signOffs && record.signOffs.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Signed off by</h2>
          <ul className="govuk-list govuk-list--bullet" data-testid="outcome-sign-offs">
            {record.signOffs.map((signOff) => (
              <li key={signOff.userId}>
                {signOff.displayName} ({SIDE_LABELS[signOff.side].toLowerCase()}
                {signOff.chair ? ', chair' : ''}), {formatTimestamp(signOff.signedAt)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="govuk-heading-m">Consistency check</h2>
      {record.consistencyCheck ? (
        <ConsistencyCheckSummary check={record.consistencyCheck} />
      ) : (
        <p className="govuk-body">No consistency check was needed: the total was not near a band boundary and no factor was out of line.</p>
      )}
      <OutcomeFactorsTable factors={record.factors} total={record.total} />
      <PrintButton />
    </>
  );
}

function OutcomeSummaryList({ outcome }: { outcome: Outcome }) {
  return (
    <dl className="govuk-summary-list" data-testid="outcome-details">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Band</dt>
        <dd className="govuk-summary-list__value">{outcome.bandName}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Total</dt>
        <dd className="govuk-summary-list__value">
          {pointsText(outcome.total)}
          {outcome.nextBand && outcome.pointsToNextBand !== undefined && (
            <>
              {' '}
              ({pointsText(outcome.pointsToNextBand)} below band {outcome.nextBand}, which starts at {outcome.nextBoundary})
            </>
          )}
          {outcome.nearBoundary && (
            <>
              {' '}
              <Tag text="Near a boundary" colour="orange" />
            </>
          )}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Scheme</dt>
        <dd className="govuk-summary-list__value">
          {outcome.scheme.name}, version {outcome.scheme.version}
          {outcome.scheme.illustrative && (
            <>
              {' '}
              <Tag text="Illustrative" colour="yellow" />
            </>
          )}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">In force from</dt>
        <dd className="govuk-summary-list__value">{formatDate(outcome.effectiveFrom)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Published</dt>
        <dd className="govuk-summary-list__value">
          {formatTimestamp(outcome.publishedAt)}
          {outcome.publishedBy && ` by ${outcome.publishedBy}`}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Job description</dt>
        <dd className="govuk-summary-list__value">
          <Link className="govuk-link" to={evaluationPaths.jdVersion(outcome.jdVersionId)}>
            {outcome.reference}, version {outcome.jdVersionNumber}
          </Link>
          <span className="app-block">
            {outcome.roleFamily}, {outcome.directorate}
          </span>
        </dd>
      </div>
    </dl>
  );
}
