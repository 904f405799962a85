import { Link } from 'react-router-dom';
import { formatDate } from '../../format/dates';
import type { JdVersion } from '../../generated/api';
import { SummaryRow } from '../schemes/SummaryRow';
import { JdStatusTag } from './JdTags';
import { OutcomeLink } from './OutcomeLink';

/** `opensEvaluation`: the user may open the version's open evaluation (HR, auditors, holders, union reps). */
export function JdVersionSummaryList({ version, opensEvaluation = true }: { version: JdVersion; opensEvaluation?: boolean }) {
  return (
    <dl className="govuk-summary-list">
      <SummaryRow keyText="Reference">
        <Link className="govuk-link" to={`/job-descriptions/${version.jdId}`}>
          {version.reference}
          <span className="govuk-visually-hidden"> (every version of this job description)</span>
        </Link>
      </SummaryRow>
      <SummaryRow keyText="Version">{version.number}</SummaryRow>
      <SummaryRow keyText="Status">
        <JdStatusTag status={version.status} />
      </SummaryRow>
      <SummaryRow keyText="Effective from">{version.effectiveFrom ? formatDate(version.effectiveFrom) : 'Not set'}</SummaryRow>
      <SummaryRow keyText="Role family">{version.content.roleFamily}</SummaryRow>
      <SummaryRow keyText="Directorate">{version.content.directorate}</SummaryRow>
      <SummaryRow keyText="Outcome">
        {version.outcome ? (
          <>
            <OutcomeLink outcome={version.outcome} /> under {version.outcome.schemeName} version {version.outcome.schemeVersion}
          </>
        ) : (
          'Not evaluated yet'
        )}
      </SummaryRow>
      {version.openEvaluationId && (
        <SummaryRow keyText="Evaluation">
          {opensEvaluation || version.heldByMe ? (
            <Link className="govuk-link" to={`/evaluations/${version.openEvaluationId}`}>
              Go to the open evaluation
            </Link>
          ) : (
            <>
              An evaluation has been requested.{' '}
              <Link className="govuk-link" to="/evaluations">
                See the evaluation queue
              </Link>
            </>
          )}
        </SummaryRow>
      )}
    </dl>
  );
}
