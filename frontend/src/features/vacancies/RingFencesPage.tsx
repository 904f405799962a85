import { useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ButtonLink } from '../../components/ButtonLink';
import { useFlash } from '../../components/flash';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { SuccessBanner } from '../../components/SuccessBanner';
import { formatDate, formatTimestamp } from '../../format/dates';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { bandText } from './labels';
import { LIST_PAGE_SIZE, useRingFences } from './queries';
import { VACANCY_ADMINS } from './roles';

/** The ring-fence rules HR has set, newest first, each in a sentence and in parts; HR admins set new ones. */
export function RingFencesPage() {
  usePageTitle('Ring-fence rules');
  const [searchParams] = useSearchParams();
  const page = pageFromSearchParams(searchParams);
  const fences = useRingFences(page);
  const { data: profile } = useCurrentUser();
  const success = useFlash();
  const admin = profile ? hasAnyRole(profile.roles, VACANCY_ADMINS) : false;
  return (
    <>
      <BackLink to="/vacancies" text="Back to vacancies" />
      <SuccessBanner message={success} />
      <h1 className="govuk-heading-l">Ring-fence rules</h1>
      <p className="govuk-body">
        A rule says which vacancies are offered first to staff at risk, and to whom. A vacancy is covered by every rule that matches it on the day it
        opens.
      </p>
      {admin && <ButtonLink to="/ring-fences/new" text="Set a ring-fence rule" />}
      {fences.data ? (
        fences.data.items.length === 0 ? (
          <p className="govuk-body">No ring-fence rules have been set.</p>
        ) : (
          <>
            <div data-testid="ring-fences">
              {fences.data.items.map((fence) => (
                <div className="govuk-summary-card" key={fence.id} data-testid="ring-fence-rule">
                  <div className="govuk-summary-card__title-wrapper">
                    <h2 className="govuk-summary-card__title">
                      {formatDate(fence.from)} to {formatDate(fence.until)}
                    </h2>
                  </div>
                  <div className="govuk-summary-card__content">
                    <p className="govuk-body" data-testid="ring-fence-text">
                      {fence.text}
                    </p>
                    <dl className="govuk-summary-list">
                      <div className="govuk-summary-list__row">
                        <dt className="govuk-summary-list__key">Bands</dt>
                        <dd className="govuk-summary-list__value">{fence.bandCodes.length === 0 ? 'Any band' : fence.bandCodes.map(bandText).join(', ')}</dd>
                      </div>
                      <div className="govuk-summary-list__row">
                        <dt className="govuk-summary-list__key">Where</dt>
                        <dd className="govuk-summary-list__value">{[fence.directorate, fence.unit?.name].filter(Boolean).join(', ') || 'Anywhere'}</dd>
                      </div>
                      <div className="govuk-summary-list__row">
                        <dt className="govuk-summary-list__key">Job family</dt>
                        <dd className="govuk-summary-list__value">{fence.jdFamily || 'Any'}</dd>
                      </div>
                      <div className="govuk-summary-list__row">
                        <dt className="govuk-summary-list__key">Pool</dt>
                        <dd className="govuk-summary-list__value">{fence.poolDescription.charAt(0).toUpperCase() + fence.poolDescription.slice(1)}</dd>
                      </div>
                      <div className="govuk-summary-list__row">
                        <dt className="govuk-summary-list__key">Set</dt>
                        <dd className="govuk-summary-list__value">
                          {formatTimestamp(fence.createdAt)} by {fence.createdBy}
                        </dd>
                      </div>
                    </dl>
                  </div>
                </div>
              ))}
            </div>
            <Pagination page={page} size={LIST_PAGE_SIZE} totalItems={fences.data.totalItems} hrefFor={(next) => `/ring-fences?page=${next}`} />
          </>
        )
      ) : (
        <QueryState isPending={fences.isPending} error={fences.error} />
      )}
    </>
  );
}
