import { Link } from 'react-router-dom';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { useConsentingMembers } from './queries';

/** A union rep's members who consented, each linking to the vacancies open to them and why. */
export function MemberVacanciesPage() {
  usePageTitle('Vacancies for your members');
  const members = useConsentingMembers();
  return (
    <>
      <h1 className="govuk-heading-l">Vacancies for your members</h1>
      <p className="govuk-body">You can see the vacancies, reasons and offers of members of your union who have consented to their reps seeing their record.</p>
      {members.data ? (
        members.data.items.length === 0 ? (
          <p className="govuk-body">No member of your union has consented yet.</p>
        ) : (
          <ul className="govuk-list" data-testid="members">
            {members.data.items.map((member) => (
              <li key={member.staffNumber}>
                <Link className="govuk-link" to={`/staff/${encodeURIComponent(member.staffNumber)}/vacancies`}>
                  {member.name}
                </Link>{' '}
                <span className="govuk-body-s app-secondary-text">{member.staffNumber}</span>
              </li>
            ))}
          </ul>
        )
      ) : (
        <QueryState isPending={members.isPending} error={members.error} />
      )}
    </>
  );
}
