import { Link } from 'react-router-dom';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { StaffMember } from '../../generated/api';
import { evaluationPaths } from '../evaluations/paths';
import { daysLeftText, hoursText, payPointText, PROTECTION_TYPE_LABELS } from './labels';

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

const NOT_RECORDED = 'Not recorded';

/** The post and job description a person holds, with the evaluation outcome that set its band and a link to why. */
export function PostSummary({ member }: { member: StaffMember }) {
  const jd = member.jobDescription;
  return (
    <dl className="govuk-summary-list" data-testid="post-summary">
      <Row label="Post">{member.post ? member.post.postNumber : 'No post recorded'}</Row>
      <Row label="Unit">{member.post?.unit.name ?? NOT_RECORDED}</Row>
      <Row label="Job description">
        {jd ? (
          <>
            <Link className="govuk-link" to={`/job-descriptions/${jd.id}`}>
              {jd.title}
            </Link>
            <span className="govuk-body-s app-secondary-text app-block">{jd.reference}</span>
          </>
        ) : (
          NOT_RECORDED
        )}
      </Row>
      <Row label="Evaluation outcome" testId="jd-outcome">
        {jd?.outcome ? (
          <>
            {jd.outcome.band.name}, from a total of {jd.outcome.total} points, in force from {formatDate(jd.outcome.effectiveFrom)}.{' '}
            <Link className="govuk-link" to={evaluationPaths.outcome(jd.outcome.evaluationId)}>
              Read why<span className="govuk-visually-hidden"> the role is in {jd.outcome.band.name}</span>
            </Link>
          </>
        ) : (
          'This job description has no published outcome yet.'
        )}
      </Row>
    </dl>
  );
}

/** Band, pay point, zone, hours, contractual and paid salary, protection and whether the person is at risk. */
export function PaySummary({ member }: { member: StaffMember }) {
  const protection = member.protection;
  return (
    <dl className="govuk-summary-list" data-testid="pay-summary">
      <Row label="Band" testId="band">{member.band?.name ?? NOT_RECORDED}</Row>
      <Row label="Pay point">{member.payPoint !== undefined ? payPointText(member.payPoint) : NOT_RECORDED}</Row>
      <Row label="Pay zone">{member.payZone ?? NOT_RECORDED}</Row>
      <Row label="Weekly hours">{member.weeklyHours !== undefined ? hoursText(member.weeklyHours) : NOT_RECORDED}</Row>
      {member.fullTimeSalaryPence !== undefined && <Row label="Full-time salary">{formatPence(member.fullTimeSalaryPence)}</Row>}
      <Row label="Contractual salary" testId="contractual-salary">
        {member.contractualSalaryPence !== undefined ? formatPence(member.contractualSalaryPence) : NOT_RECORDED}
      </Row>
      <Row label="Paid salary" testId="paid-salary">
        {member.paidSalaryPence !== undefined ? formatPence(member.paidSalaryPence) : NOT_RECORDED}
      </Row>
      <Row label="Pay protection" testId="protection">
        {protection ? (
          <>
            {PROTECTION_TYPE_LABELS[protection.type]}: protected salary {formatPence(protection.protectedSalaryPence)} until{' '}
            {formatDate(protection.until)}
            {protection.daysLeft !== undefined && <span className="app-block">{daysLeftText(protection.daysLeft)} left</span>}
          </>
        ) : (
          'None'
        )}
      </Row>
      <Row label="At risk" testId="at-risk">
        {member.atRisk ? <Tag text="At risk" colour="orange" /> : 'No'}
      </Row>
    </dl>
  );
}
