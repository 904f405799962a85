import { Link, useParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { hasAnyRole, Role } from '../../auth/roles';
import { BackLink } from '../../components/BackLink';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate, formatTimestamp } from '../../format/dates';
import { type Appeal, AppealStepName } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { EvidenceSection } from './EvidenceSection';
import { deadlineTag, decisionText, differenceText, kindText, STATUS_COLOURS, STATUS_LABELS, STEP_ACTIONS } from './labels';
import { useAppeal, useAppealStep } from './queries';
import { APPEAL_MANAGERS } from './roles';

/** One appeal: what it is about, its grounds and what-if, its deadlines, its timeline, and what the caller may do. */
export function AppealPage() {
  const { appealId = '' } = useParams();
  const appeal = useAppeal(appealId);
  usePageTitle(appeal.data ? `Appeal about ${appeal.data.record.title}` : 'Appeal');
  if (!appeal.data) {
    return <QueryState isPending={appeal.isPending} error={appeal.error} />;
  }
  return <AppealDetail appeal={appeal.data.record} etag={appeal.data.etag} />;
}

function AppealDetail({ appeal, etag }: { appeal: Appeal; etag: string }) {
  const { data: profile } = useCurrentUser();
  const step = useAppealStep(appeal.id);
  const manager = hasAnyRole(profile?.roles ?? [], APPEAL_MANAGERS);
  const isRepOfUnion = hasAnyRole(profile?.roles ?? [], [Role.UnionRep]) && profile?.union === appeal.union;
  const canChangeEvidence = (manager || isRepOfUnion) && appeal.status !== 'CLOSED' && appeal.status !== 'WITHDRAWN';
  const quick = appeal.allowedSteps.filter((s) => !STEP_ACTIONS[s].irreversible && s !== AppealStepName.ScheduleHearing);
  const guarded = appeal.allowedSteps.filter((s) => STEP_ACTIONS[s].irreversible || s === AppealStepName.ScheduleHearing);

  return (
    <>
      <BackLink to="/appeals" text="Back to appeals" />
      <span className="govuk-caption-l">{kindText(appeal.kind)}</span>
      <h1 className="govuk-heading-l">Appeal about {appeal.title}</h1>
      <p className="govuk-body">
        <strong className={`govuk-tag ${STATUS_COLOURS[appeal.status]}`} data-testid="appeal-status">
          {STATUS_LABELS[appeal.status]}
        </strong>
        {appeal.stage === 2 && <span className="govuk-body-s"> Second stage</span>}
      </p>
      {appeal.deadlines.map((deadline) => {
        const tag = deadlineTag(deadline.state);
        return (
          <div className={deadline.state === 'OVERDUE' ? 'govuk-warning-text' : 'govuk-inset-text'} key={deadline.step} data-testid="appeal-deadline">
            {deadline.state === 'OVERDUE' && (
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
            )}
            <span className={deadline.state === 'OVERDUE' ? 'govuk-warning-text__text' : undefined}>
              {tag && deadline.state !== 'OVERDUE' && <strong className={tag.className}>{tag.text}</strong>} {deadline.text}
            </span>
          </div>
        );
      })}
      {(quick.length > 0 || guarded.length > 0) && (
        <div className="govuk-button-group" data-testid="appeal-actions">
          {quick.map((s) => (
            <button
              type="button"
              key={s}
              className="govuk-button"
              data-module="govuk-button"
              disabled={step.isPending}
              onClick={() => step.mutate({ etag, step: { step: s } })}
            >
              {STEP_ACTIONS[s].text}
            </button>
          ))}
          {guarded.map((s) => (
            <Link key={s} to={`/appeals/${appeal.id}/steps/${s}`} role="button" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              {STEP_ACTIONS[s].text}
            </Link>
          ))}
          {manager && appeal.status !== 'DRAFT' && appeal.allowedSteps.includes(AppealStepName.Withdraw) && (
            <Link to={`/appeals/${appeal.id}/review-panel`} className="govuk-link">
              {appeal.reviewPanel.length > 0 ? 'Change the review panel' : 'Seat the review panel'}
            </Link>
          )}
        </div>
      )}
      {step.error && (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{step.error.message}</p>
          </div>
        </div>
      )}
      <h2 className="govuk-heading-m">Summary</h2>
      <dl className="govuk-summary-list">
        <Row label="For" value={appeal.allHoldersOfRole ? `All holders of the role (${appeal.members.length})` : appeal.members.map((m) => `${m.name} (${m.staffNumber})`).join(', ')} />
        {appeal.outcome && <Row label="Outcome appealed" value={`${appeal.outcome.total} points, ${appeal.outcome.band ?? 'no band'}`} />}
        {appeal.outcome?.notifiedOn && <Row label="Outcome notified" value={formatDate(appeal.outcome.notifiedOn)} />}
        {appeal.lodgedOn && <Row label="Lodged" value={formatDate(appeal.lodgedOn)} />}
        {appeal.acknowledgeBy && <Row label="Acknowledge by" value={formatDate(appeal.acknowledgeBy)} />}
        {appeal.decideBy && <Row label="Decide by" value={formatDate(appeal.decideBy)} />}
        {appeal.hearingOn && <Row label="Hearing" value={formatDate(appeal.hearingOn)} />}
        {appeal.decision && <Row label="Decision" value={decisionText(appeal.decision)} />}
        {appeal.decisionRationale && <Row label="Reasons" value={appeal.decisionRationale} />}
        {appeal.withdrawnReason && <Row label="Why it was withdrawn" value={appeal.withdrawnReason} />}
        {appeal.summary && <Row label="Grounds" value={appeal.summary} />}
        {appeal.evidence && <Row label="Evidence" value={appeal.evidence} />}
      </dl>
      {appeal.grounds.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Disputed factors</h2>
          <ScrollRegion label="Disputed factors">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Disputed factors, the level awarded and the level claimed</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Factor
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Awarded
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Claimed
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Evidence and argument
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {appeal.grounds.map((g) => (
                  <tr className="govuk-table__row" key={g.factor}>
                    <th scope="row" className="govuk-table__header">
                      {g.factorName}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">Level {g.awardedLevel}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">Level {g.claimedLevel}</td>
                    <td className="govuk-table__cell">
                      {g.evidence}
                      {g.argument && (
                        <>
                          <br />
                          {g.argument}
                        </>
                      )}
                      {g.panelDecision && (
                        <>
                          <br />
                          <strong>Panel:</strong> {g.panelDecision}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      {appeal.whatIf && (
        <>
          <h2 className="govuk-heading-m">What the claim would mean</h2>
          <div className="govuk-inset-text" data-testid="what-if">
            {appeal.whatIf.summary}
          </div>
          <dl className="govuk-summary-list">
            <Row label="Awarded" value={`${appeal.whatIf.awardedTotal} points, ${appeal.whatIf.awardedBand ?? 'no band'}`} />
            <Row label="Claimed" value={`${appeal.whatIf.claimedTotal} points, ${appeal.whatIf.claimedBand ?? 'no band'}`} />
            <Row label="Difference" value={differenceText(appeal.whatIf.difference)} />
          </dl>
        </>
      )}
      {appeal.revisedOutcome && (
        <>
          <h2 className="govuk-heading-m">New outcome</h2>
          <div className="govuk-panel govuk-panel--confirmation" data-testid="revised-outcome">
            <div className="govuk-panel__body">
              {appeal.revisedOutcome.total} points{appeal.revisedOutcome.band ? `, ${appeal.revisedOutcome.band}` : ''}, effective from{' '}
              {formatDate(appeal.revisedOutcome.effectiveFrom)}
            </div>
          </div>
          {appeal.rebandingId && manager && (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/rebandings/${appeal.rebandingId}`}>
                See the re-banding drafted from the new outcome
              </Link>
            </p>
          )}
        </>
      )}
      {appeal.reviewPanel.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Review panel</h2>
          <ul className="govuk-list">
            {appeal.reviewPanel.map((m) => (
              <li key={m.userId}>
                {m.name}, {m.side === 'STAFF' ? 'staff side' : 'management side'}
                {m.chair ? ' (chair)' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <EvidenceSection appealId={appeal.id} canChange={canChangeEvidence} />
      <h2 className="govuk-heading-m">What has happened</h2>
      <div className="moj-timeline" data-testid="appeal-timeline">
        {[...appeal.timeline].reverse().map((entry, index) => (
          <div className="moj-timeline__item" key={`${entry.step}-${index}`}>
            <div className="moj-timeline__header">
              <h3 className="moj-timeline__title">{entry.text ?? entry.step}</h3>
              <p className="moj-timeline__byline">by {entry.by}</p>
            </div>
            <p className="moj-timeline__date">
              <time dateTime={entry.at.toISOString()}>{formatTimestamp(entry.at)}</time>
            </p>
            {entry.note && (
              <div className="moj-timeline__description">
                <p className="govuk-body">{entry.note}</p>
              </div>
            )}
          </div>
        ))}
      </div>
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

