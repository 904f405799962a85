import { Link, useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { useFlash } from '../../components/flash';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SuccessBanner } from '../../components/SuccessBanner';
import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { Protection } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { daysLeftText, END_REASON_LABELS, PROTECTION_TYPE_LABELS } from '../people/labels';
import { PEOPLE_ADMINS } from '../people/roles';
import { endProtectionPath, EXPIRY_WARNING_DAYS, PROTECTIONS_PAGE_SIZE, type ProtectionView, useProtections } from './queries';

const VIEWS: Array<{ view: ProtectionView; text: string }> = [
  { view: 'ending', text: `Ending within ${EXPIRY_WARNING_DAYS} days` },
  { view: 'active', text: 'All active' },
  { view: 'ended', text: 'Ended' },
];

function viewFrom(params: URLSearchParams): ProtectionView {
  const view = params.get('show');
  return view === 'active' || view === 'ended' ? view : 'ending';
}

function ProtectionsTable({ items, view, canEnd }: { items: Protection[]; view: ProtectionView; canEnd: boolean }) {
  const ended = view === 'ended';
  return (
    <ScrollRegion label="Protections">
      <table className="govuk-table" data-testid="protections">
        <caption className="govuk-table__caption govuk-visually-hidden">{VIEWS.find((entry) => entry.view === view)?.text}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Type</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Protected salary</th>
            <th scope="col" className="govuk-table__header">{ended ? 'Ended' : 'Last protected day'}</th>
            <th scope="col" className="govuk-table__header">{ended ? 'Why' : 'Days left'}</th>
            {canEnd && !ended && (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((protection) => (
            <tr className="govuk-table__row" key={protection.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/staff/${encodeURIComponent(protection.staffNumber)}`}>
                  {protection.name}
                </Link>
                <span className="govuk-body-s app-secondary-text app-block">{protection.staffNumber}</span>
              </th>
              <td className="govuk-table__cell">{PROTECTION_TYPE_LABELS[protection.type]}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(protection.protectedSalaryPence)}</td>
              <td className="govuk-table__cell">{formatDate(ended && protection.endedOn ? protection.endedOn : protection.until)}</td>
              <td className="govuk-table__cell">
                {ended
                  ? protection.endReason
                    ? END_REASON_LABELS[protection.endReason]
                    : '–'
                  : protection.daysLeft !== undefined
                    ? daysLeftText(protection.daysLeft)
                    : '–'}
              </td>
              {canEnd && !ended && (
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={endProtectionPath(protection)}>
                    End<span className="govuk-visually-hidden"> the protection of {protection.name}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** HR's view of pay protection: what ends within 90 days first, all active, and ended ones; HR admins can end one. */
export function ProtectionsPage() {
  usePageTitle('Pay protection');
  const [searchParams] = useSearchParams();
  const view = viewFrom(searchParams);
  const page = pageFromSearchParams(searchParams);
  const { data: profile } = useCurrentUser();
  const protections = useProtections(view, page);
  const success = useFlash();
  const canEnd = profile ? hasAnyRole(profile.roles, PEOPLE_ADMINS) : false;

  return (
    <>
      <SuccessBanner message={success} />
      <h1 className="govuk-heading-l">Pay protection</h1>
      <nav className="govuk-!-margin-bottom-6" aria-label="Which protections">
        <ul className="govuk-list app-tag-list">
          {VIEWS.map((entry) => (
            <li key={entry.view}>
              {entry.view === view ? (
                <strong aria-current="page">{entry.text}</strong>
              ) : (
                <Link className="govuk-link" to={entry.view === 'ending' ? '/protections' : `/protections?show=${entry.view}`}>
                  {entry.text}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="govuk-heading-m">{VIEWS.find((entry) => entry.view === view)?.text}</h2>
      {protections.data ? (
        protections.data.items.length === 0 ? (
          <p className="govuk-body">{view === 'ending' ? `No protection ends within ${EXPIRY_WARNING_DAYS} days.` : 'There are none.'}</p>
        ) : (
          <>
            <ProtectionsTable items={protections.data.items} view={view} canEnd={canEnd} />
            <Pagination
              page={page}
              size={PROTECTIONS_PAGE_SIZE}
              totalItems={protections.data.totalItems}
              hrefFor={(next) => `/protections?${view === 'ending' ? '' : `show=${view}&`}page=${next}`}
            />
          </>
        )
      ) : (
        <QueryState isPending={protections.isPending} error={protections.error} />
      )}
    </>
  );
}
