import { Link } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate } from '../../format/dates';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { StaffMember } from '../../generated/api';
import { PRIORITY_REASON_LABELS } from './labels';
import { useDeletePriority } from './mutations';
import { useStaffCriteria, useStatutoryPriorities } from './queries';
import { VACANCY_ADMINS } from './roles';

const noFields = () => undefined;

/** On HR's staff record: the vacancies that fit the person, the criteria they hold, and their statutory priority. */
export function StaffVacancySection({ member }: { member: StaffMember }) {
  const { data: profile } = useCurrentUser();
  const admin = hasAnyRole(profile?.roles ?? [], VACANCY_ADMINS);
  const staffNumber = member.staffNumber;
  const criteria = useStaffCriteria(staffNumber);
  const priorities = useStatutoryPriorities(staffNumber);
  const remove = useDeletePriority(staffNumber);
  const form = useFormSubmit(noFields);
  const path = `/staff/${encodeURIComponent(staffNumber)}`;

  return (
    <section aria-labelledby="vacancies-title" data-testid="staff-vacancy-section">
      <h2 className="govuk-heading-m" id="vacancies-title">
        Vacancies
      </h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={`${path}/vacancies`}>
          {member.atRisk ? `Vacancies that fit ${member.name}` : `Vacancies open to ${member.name}`}
        </Link>
        , with the reasons, and their offers and trials.
      </p>
      <h2 className="govuk-heading-m">Criteria held</h2>
      {criteria.data ? (
        criteria.data.record.items.length === 0 ? (
          <p className="govuk-body">No qualifications, training or experience are recorded.</p>
        ) : (
          <ScrollRegion label="Criteria held">
            <table className="govuk-table" data-testid="held-criteria">
              <caption className="govuk-table__caption govuk-visually-hidden">Qualifications, training and experience held</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Criterion</th>
                  <th scope="col" className="govuk-table__header">Achieved</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {criteria.data.record.items.map((item) => (
                  <tr className="govuk-table__row" key={item.criterion}>
                    <td className="govuk-table__cell">{item.criterion}</td>
                    <td className="govuk-table__cell">{formatDate(item.achievedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )
      ) : (
        <SectionState isPending={criteria.isPending} what="The criteria held" />
      )}
      {admin && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${path}/criteria`}>
            Change the criteria held<span className="govuk-visually-hidden"> by {member.name}</span>
          </Link>
        </p>
      )}
      <h2 className="govuk-heading-m">Statutory priority</h2>
      <p className="govuk-body">During pregnancy, maternity, adoption or shared parental leave, a person comes first in any pool they are in.</p>
      <ErrorSummary items={form.errors.summary} />
      {priorities.data ? (
        priorities.data.items.length === 0 ? (
          <p className="govuk-body">No statutory priority is recorded.</p>
        ) : (
          <dl className="govuk-summary-list" data-testid="priorities">
            {priorities.data.items.map((priority) => (
              <div className="govuk-summary-list__row" key={priority.id}>
                <dt className="govuk-summary-list__key">{PRIORITY_REASON_LABELS[priority.reason]}</dt>
                <dd className="govuk-summary-list__value">
                  {priority.to ? `${formatDate(priority.from)} to ${formatDate(priority.to)}` : `From ${formatDate(priority.from)}, with no end date yet`}
                </dd>
                {admin && (
                  <dd className="govuk-summary-list__actions">
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      data-module="govuk-button"
                      disabled={form.submitting}
                      onClick={() => void form.run(async () => void (await remove.mutateAsync(priority.id)))}
                    >
                      Remove<span className="govuk-visually-hidden"> the {PRIORITY_REASON_LABELS[priority.reason].toLowerCase()} period</span>
                    </button>
                  </dd>
                )}
              </div>
            ))}
          </dl>
        )
      ) : (
        <SectionState isPending={priorities.isPending} what="Statutory priority" />
      )}
      {admin && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${path}/statutory-priorities/new`}>
            Record a statutory priority period<span className="govuk-visually-hidden"> for {member.name}</span>
          </Link>
        </p>
      )}
    </section>
  );
}

/** Loading, or a failure that leaves the rest of the staff record readable. */
function SectionState({ isPending, what }: { isPending: boolean; what: string }) {
  return isPending ? (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  ) : (
    <p className="govuk-body">{what} could not be shown. Try again later.</p>
  );
}
