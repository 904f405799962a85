import { Link } from 'react-router-dom';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import type { Evaluation } from '../../generated/api';
import { daysText, PRIORITY_LABELS, REQUESTER_LABELS, STATUS_COLOURS, STATUS_LABELS } from './labels';
import { evaluationPaths } from './paths';

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="govuk-summary-list__row" data-testid={testId}>
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function ordinal(position: number): string {
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[position % 10] ?? 'th';
  return `${position}${suffix}`;
}

/** The request: which JD version, who asked and why, where it stands, how long it has waited and what happens next. */
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
        {evaluation.awaitingSignOff && (
          <>
            {' '}
            <Tag text="Waiting for sign-off" colour="yellow" />
          </>
        )}
      </Row>
      <Row label="What happens next" testId="next-step">
        {evaluation.nextStep}
      </Row>
      {evaluation.queuePosition != null && (
        <Row label="Place in the queue" testId="queue-position">
          {ordinal(evaluation.queuePosition)} of the open requests, longest waiting first
        </Row>
      )}
      <Row label={open ? 'Waiting' : 'Waited'}>
        {daysText(evaluation.daysWaiting)}
        {open && <>; next step due by {formatDate(evaluation.targetDate)}</>}
      </Row>
      <Row label="Job description">
        <Link className="govuk-link" to={evaluationPaths.jdVersion(evaluation.jdVersionId)}>
          {evaluation.title} ({evaluation.reference}), version {evaluation.jdVersionNumber}
        </Link>
      </Row>
      <Row label="Role family">{evaluation.roleFamily}</Row>
      <Row label="Directorate">{evaluation.directorate}</Row>
      <Row label="Requested by">
        {evaluation.requestedByMe
          ? `You (${REQUESTER_LABELS[evaluation.requesterType]})`
          : evaluation.requestedBy
            ? `${evaluation.requestedBy} (${REQUESTER_LABELS[evaluation.requesterType]})`
            : REQUESTER_LABELS[evaluation.requesterType]}
      </Row>
      <Row label="Requested on">{formatDate(evaluation.requestedOn)}</Row>
      <Row label="Reason for the request">{evaluation.reason}</Row>
      <Row label="Priority">{evaluation.priority ? PRIORITY_LABELS[evaluation.priority] : 'Not decided yet'}</Row>
      {evaluation.decidedOn && (
        <Row label={evaluation.status === 'REJECTED' ? 'Rejected on' : 'Accepted on'}>{formatDate(evaluation.decidedOn)}</Row>
      )}
      {evaluation.status === 'REJECTED' && evaluation.decisionReason && (
        <Row label="Reason for rejection" testId="rejection-reason">
          {evaluation.decisionReason}
        </Row>
      )}
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
