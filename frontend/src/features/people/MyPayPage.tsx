import { Link } from 'react-router-dom';
import { isProblemWithStatus } from '../../api/problem';
import { useCurrentUser } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import type { StaffMember } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { OutcomeFactorsTable } from '../evaluations/OutcomeFactorsTable';
import { AttentionPanel } from '../notifications/AttentionPanel';
import { evaluationPaths } from '../evaluations/paths';
import { useOutcome } from '../evaluations/queries';
import { EqualityList } from './EqualityList';
import { PaySummary, PostSummary } from './PaySummary';
import { PayTimeline } from './PayTimeline';
import { ProtectionNotice } from './ProtectionNotice';
import { useMyRecord } from './queries';
import { useMyVacancySteps } from '../vacancies/queries';
import { vacancyStepEvents } from '../vacancies/vacancySteps';

/**
 * A staff member's home: their post and JD (with the outcome that set its band and why), pay today, protection and
 * whether they are at risk, any re-banding that affected them in plain English, and their pay history with their
 * vacancy steps (interest, offers, trials).
 */
export function MyPayPage() {
  usePageTitle('Your pay and role');
  const { data: profile } = useCurrentUser();
  const record = useMyRecord();
  const steps = useMyVacancySteps(Boolean(record.data));

  const member = record.data;
  return (
    <>
      <span className="govuk-caption-l">{member?.name ?? profile?.displayName}</span>
      <h1 className="govuk-heading-l">Your pay and role</h1>
      <AttentionPanel />
      {!member ? (
        isProblemWithStatus(record.error, 404) ? (
          <p className="govuk-body" data-testid="no-staff-record">
            Your sign-in account is not linked to a staff record. If you work here, ask HR to link your account to your record.
          </p>
        ) : (
          <QueryState isPending={record.isPending} error={record.error} />
        )
      ) : (
        <>
          {member.protection && member.protection.status === 'ACTIVE' && <ProtectionNotice protection={member.protection} own />}
          {member.notices.length > 0 && (
            <section aria-labelledby="changes-title">
              <h2 className="govuk-heading-m" id="changes-title">
                Changes to your role and pay
              </h2>
              <ul className="govuk-list" data-testid="notices">
                {member.notices.map((notice) => (
                  <li key={notice} className="govuk-inset-text govuk-!-margin-top-0">
                    {notice}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <h2 className="govuk-heading-m">Your post</h2>
          <PostSummary member={member} />
          <OutcomeWhy member={member} />
          <h2 className="govuk-heading-m">Your pay today</h2>
          <PaySummary member={member} />
          <h2 className="govuk-heading-m" id="history-title">
            Your pay history
          </h2>
          <PayTimeline
            history={member.payHistory}
            protections={member.protections}
            label="Your pay history"
            extra={vacancyStepEvents(steps.data?.items ?? [])}
          />
          {member.equality && <EqualityList equality={member.equality} own />}
          <p className="govuk-body">
            <Link className="govuk-link" to="/my-role">
              Your evaluation requests
            </Link>{' '}
            and asking for your role to be evaluated
          </p>
        </>
      )}
    </>
  );
}

/** Why the role is in its band: the published outcome's summary and each factor's level and rationale. */
function OutcomeWhy({ member }: { member: StaffMember }) {
  const outcome = useOutcome(member.jobDescription?.outcome?.evaluationId);
  if (!outcome.data) {
    return null;
  }
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Why your role is in {outcome.data.bandName}</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body" data-testid="outcome-summary">
          {outcome.data.summary}{' '}
          <Link className="govuk-link" to={evaluationPaths.outcome(outcome.data.evaluationId)}>
            Read the full outcome
          </Link>
        </p>
        <OutcomeFactorsTable factors={outcome.data.factors} total={outcome.data.total} />
      </div>
    </details>
  );
}
