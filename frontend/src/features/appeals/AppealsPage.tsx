import { Link, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { hasAnyRole } from '../../auth/roles';
import { ButtonLink } from '../../components/ButtonLink';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { type AppealSummary, DeadlineState, Role } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { deadlineTag, kindText, STATUS_COLOURS, STATUS_LABELS, worstDeadline } from './labels';
import { useAppeals } from './queries';
import { NeedsAttention } from './NeedsAttention';
import { APPEAL_LODGERS } from './roles';

const FILTERS: Array<{ due?: DeadlineState; text: string }> = [
  { text: 'All appeals' },
  { due: DeadlineState.Overdue, text: 'Overdue' },
  { due: DeadlineState.DueSoon, text: 'Due within 5 working days' },
];

/**
 * The appeals the signed-in person may see, with every outstanding deadline; overdue steps stand out. Reps see their
 * union's appeals, HR and auditors all, staff the appeals about them.
 */
export function AppealsPage() {
  const [params] = useSearchParams();
  const due = FILTERS.find((f) => f.due === params.get('due'))?.due;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const { data: profile } = useCurrentUser();
  const roles = [...(profile?.roles ?? [])];
  const staffOnly = roles.length > 0 && roles.every((role) => role === Role.Staff);
  const heading = staffOnly ? 'Appeals about you' : hasAnyRole(roles, [Role.UnionRep]) && !hasAnyRole(roles, [Role.HrAdmin, Role.HrEvaluator]) ? "Your union's appeals" : 'Appeals';
  usePageTitle(heading);
  const appeals = useAppeals(due, page);

  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      {hasAnyRole(roles, APPEAL_LODGERS) && <ButtonLink to="/appeals/new" text="Lodge an appeal" />}
      {staffOnly && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/appeals/consent">
            Your consent for your union to see your record
          </Link>
        </p>
      )}
      {hasAnyRole(roles, APPEAL_LODGERS) && due === undefined && page === 1 && <NeedsAttention />}
      {!staffOnly && (
        <nav aria-label="Filter appeals by deadline">
          <ul className="govuk-list govuk-list--spaced">
            {FILTERS.map((filter) => (
              <li key={filter.text}>
                {filter.due === due ? (
                  <strong aria-current="page">{filter.text}</strong>
                ) : (
                  <Link className="govuk-link" to={filter.due ? `/appeals?due=${filter.due}` : '/appeals'}>
                    {filter.text}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {appeals.data ? (
        appeals.data.items.length === 0 ? (
          <p className="govuk-body" data-testid="no-appeals">
            {due === DeadlineState.Overdue ? 'No appeal has an overdue step.' : due === DeadlineState.DueSoon ? 'No appeal has a step due within 5 working days.' : 'There are no appeals to show.'}
          </p>
        ) : (
          <>
            <AppealsTable appeals={appeals.data.items} />
            <Pagination
              page={appeals.data.page}
              size={appeals.data.size}
              totalItems={appeals.data.totalItems}
              hrefFor={(p) => `/appeals?${due ? `due=${due}&` : ''}page=${p}`}
            />
          </>
        )
      ) : (
        <QueryState isPending={appeals.isPending} error={appeals.error} />
      )}
    </>
  );
}

export function AppealsTable({ appeals }: { appeals: readonly AppealSummary[] }) {
  return (
    <ScrollRegion label="Appeals">
      <table className="govuk-table" data-testid="appeals-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Appeals and their deadlines</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Appeal
            </th>
            <th scope="col" className="govuk-table__header">
              For
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Next deadline
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {appeals.map((appeal) => {
            const tag = deadlineTag(worstDeadline(appeal.deadlines));
            return (
              <tr className={`govuk-table__row${appeal.overdue ? ' app-appeal--overdue' : ''}`} key={appeal.id} data-testid="appeal-row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/appeals/${appeal.id}`}>
                    {appeal.title}
                  </Link>
                  <br />
                  <span className="govuk-body-s">{kindText(appeal.kind)}</span>
                </td>
                <td className="govuk-table__cell">{appeal.allHoldersOfRole ? 'All holders of the role' : appeal.members.map((m) => m.name).join(', ')}</td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${STATUS_COLOURS[appeal.status]}`}>{STATUS_LABELS[appeal.status]}</strong>
                </td>
                <td className="govuk-table__cell">
                  {tag && (
                    <>
                      <strong className={tag.className}>{tag.text}</strong>
                      <br />
                    </>
                  )}
                  {appeal.deadlines[0]?.text ?? 'None'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

