import { useParams } from 'react-router-dom';
import { hasAnyRole, Role } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { QueryState } from '../../components/QueryState';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { EqualityList } from './EqualityList';
import { PaySummary, PostSummary } from './PaySummary';
import { PayTimeline } from './PayTimeline';
import { ProtectionNotice } from './ProtectionNotice';
import { useStaffMember } from './queries';
import { StaffVacancySection } from '../vacancies/StaffVacancySection';
import { useStaffVacancySteps } from '../vacancies/queries';
import { vacancyStepEvents } from '../vacancies/vacancySteps';

/**
 * HR's view of one person: post, pay, protection, the timeline of pay history, protections and vacancy steps; equality
 * data to HR admins.
 */
export function StaffMemberPage() {
  const { staffNumber = '' } = useParams();
  const { data: profile } = useCurrentUser();
  const staff = useStaffMember(staffNumber);
  const steps = useStaffVacancySteps(staffNumber);
  const member = staff.data;
  usePageTitle(member ? member.name : 'Staff member');

  if (!member) {
    return (
      <>
        <BackLink to="/staff" text="Back to staff" />
        <QueryState isPending={staff.isPending} error={staff.error} />
      </>
    );
  }
  const hrAdmin = profile ? hasAnyRole(profile.roles, [Role.HrAdmin]) : false;
  return (
    <>
      <BackLink to="/staff" text="Back to staff" />
      <span className="govuk-caption-l">Staff number {member.staffNumber}</span>
      <h1 className="govuk-heading-l">
        {member.name}{' '}
        {!member.employed && <Tag text="Left" colour="grey" />}
      </h1>
      {member.protection && member.protection.status === 'ACTIVE' && <ProtectionNotice protection={member.protection} own={false} />}
      <dl className="govuk-summary-list">
        {member.workEmail && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Work email</dt>
            <dd className="govuk-summary-list__value">{member.workEmail}</dd>
          </div>
        )}
        {member.startDate && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Started</dt>
            <dd className="govuk-summary-list__value">{formatDate(member.startDate)}</dd>
          </div>
        )}
        {member.leavingDate && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Leaving date</dt>
            <dd className="govuk-summary-list__value">{formatDate(member.leavingDate)}</dd>
          </div>
        )}
      </dl>
      <h2 className="govuk-heading-m">Post</h2>
      <PostSummary member={member} />
      <h2 className="govuk-heading-m">Pay today</h2>
      <PaySummary member={member} />
      <h2 className="govuk-heading-m">Pay history and protection</h2>
      <PayTimeline
        history={member.payHistory}
        protections={member.protections}
        label={`Pay history and protection of ${member.name}`}
        extra={vacancyStepEvents(steps.data?.items ?? [])}
      />
      <StaffVacancySection member={member} />
      {hrAdmin && member.equality && <EqualityList equality={member.equality} own={false} />}
    </>
  );
}
