import { Link, useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { ButtonLink } from '../../components/ButtonLink';
import { useFlash } from '../../components/flash';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { REBANDING_MODELLERS } from '../people/roles';
import { peopleText, REBANDING_STATUS_COLOURS, REBANDING_STATUS_LABELS } from './labels';
import { REBANDINGS_PAGE_SIZE, useRebandings } from './queries';

/** Every re-banding, newest first, with its status, effective date and the outcome it carries out. */
export function RebandingsPage() {
  usePageTitle('Re-bandings');
  const [searchParams] = useSearchParams();
  const page = pageFromSearchParams(searchParams);
  const { data: profile } = useCurrentUser();
  const rebandings = useRebandings(page);
  const success = useFlash();
  const canModel = profile ? hasAnyRole(profile.roles, REBANDING_MODELLERS) : false;

  return (
    <>
      <SuccessBanner message={success} />
      <h1 className="govuk-heading-l">Re-bandings</h1>
      <p className="govuk-body">
        When a published outcome changes a role’s band, or a new job description replaces others, model the impact on every holder
        before anything changes, then apply it.
      </p>
      {canModel && <ButtonLink to="/rebandings/new" text="Model a re-banding" />}
      {rebandings.data ? (
        rebandings.data.items.length === 0 ? (
          <p className="govuk-body">No re-banding has been modelled yet.</p>
        ) : (
          <>
            <ScrollRegion label="Re-bandings">
              <table className="govuk-table" data-testid="rebandings">
                <caption className="govuk-table__caption govuk-visually-hidden">Re-bandings, newest first</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Job description</th>
                    <th scope="col" className="govuk-table__header">New band</th>
                    <th scope="col" className="govuk-table__header">Takes effect</th>
                    <th scope="col" className="govuk-table__header">People</th>
                    <th scope="col" className="govuk-table__header">Status</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {rebandings.data.items.map((item) => (
                    <tr className="govuk-table__row" key={item.id}>
                      <th scope="row" className="govuk-table__header">
                        <Link className="govuk-link" to={`/rebandings/${item.id}`}>
                          {item.jobDescription.title}
                        </Link>
                        <span className="govuk-body-s app-secondary-text app-block">
                          {item.jobDescription.reference}
                          {item.replaces.length > 0 && `, replacing ${item.replaces.map((jd) => jd.reference).join(', ')}`}
                        </span>
                      </th>
                      <td className="govuk-table__cell">{item.outcome.band.name}</td>
                      <td className="govuk-table__cell">{formatDate(item.effectiveFrom)}</td>
                      <td className="govuk-table__cell">{peopleText(item.headcount)}</td>
                      <td className="govuk-table__cell">
                        <Tag text={REBANDING_STATUS_LABELS[item.status]} colour={REBANDING_STATUS_COLOURS[item.status]} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <Pagination page={page} size={REBANDINGS_PAGE_SIZE} totalItems={rebandings.data.totalItems} hrefFor={(next) => `/rebandings?page=${next}`} />
          </>
        )
      ) : (
        <QueryState isPending={rebandings.isPending} error={rebandings.error} />
      )}
    </>
  );
}
