import { Link } from 'react-router-dom';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import type { Evaluation } from '../../generated/api';
import { daysText, PRIORITY_LABELS, REQUESTER_LABELS, STATUS_COLOURS, STATUS_LABELS } from './labels';
import { evaluationPaths } from './paths';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** The request: which JD version, who asked and why, where it stands and how long it has waited. */
export function EvaluationSummaryList({ evaluation }: { evaluation: Evaluation }) {
  const open = evaluation.status !== 'PUBLISHED' && evaluation.status !== 'REJECTED';
  return (
    <dl className="govuk-summary-list" data-testid="evaluation-summary">
      <Row label="Status">
        <Tag text={STATUS_LABELS[evaluation.status]} colour={STATUS_COLOURS[evaluation.status]} />
        {evaluation.overdue && (
          <>
            {' '}
            <Tag text="Overdue" colour="red" />
          </>
        )}
      </Row>
      <Row label="Job description">
        <Link className="govuk-link" to={evaluationPaths.jdVersion(evaluation.jdVersionId)}>
          {evaluation.title} ({evaluation.reference}), version {evaluation.jdVersionNumber}
        </Link>
      </Row>
      <Row label="Role family">{evaluation.roleFamily}</Row>
      <Row label="Directorate">{evaluation.directorate}</Row>
      <Row label="Requested by">
        {evaluation.requestedBy ? `${evaluation.requestedBy} (${REQUESTER_LABELS[evaluation.requesterType]})` : REQUESTER_LABELS[evaluation.requesterType]}
      </Row>
      <Row label="Requested on">{formatDate(evaluation.requestedOn)}</Row>
      <Row label="Reason">{evaluation.reason}</Row>
      <Row label="Priority">{evaluation.priority ? PRIORITY_LABELS[evaluation.priority] : 'Not decided yet'}</Row>
      {evaluation.decidedOn && (
        <Row label="Decided on">
          {formatDate(evaluation.decidedOn)}
          {evaluation.decisionReason && <p className="govuk-body govuk-!-margin-top-1 govuk-!-margin-bottom-0">{evaluation.decisionReason}</p>}
        </Row>
      )}
      <Row label={open ? 'Waiting' : 'Waited'}>
        {daysText(evaluation.daysWaiting)}
        {open && <>; next step due by {formatDate(evaluation.targetDate)}</>}
      </Row>
      {evaluation.scheme && (
        <Row label="Scheme">
          {evaluation.scheme.name}, version {evaluation.scheme.version}
          {evaluation.scheme.illustrative && (
            <>
              {' '}
              <Tag text="Illustrative" colour="yellow" />
            </>
          )}
        </Row>
      )}
    </dl>
  );
}
