import { Link, useParams, useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFlash } from '../../components/flash';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Tag } from '../../components/Tag';
import { formatDate, formatTimestamp } from '../../format/dates';
import { hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { PoolEntry, Vacancy } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { hoursText } from '../people/labels';
import { pageFromSearchParams } from '../audit/pageParam';
import { bandText, OFFER_STATUS_LABELS, postsText, STAGE_LABELS, STEP_ACTIONS, STEP_DONE, VACANCY_STATUS_COLOURS, VACANCY_STATUS_LABELS } from './labels';
import { useMoveVacancy } from './mutations';
import { POOL_PAGE_SIZE, useVacancy, useVacancyInterest, useVacancyOffers, useVacancyPool } from './queries';
import { OffersTable } from './OffersTable';
import { ReasonsList } from './ReasonsList';
import { VACANCY_ADMINS } from './roles';

const resolver = namedFieldsResolver(['pool']);
type QuickStep = 'OPEN_RING_FENCE' | 'OPEN_INTERNAL' | 'OPEN_EXTERNAL';
const QUICK_STEPS: readonly QuickStep[] = ['OPEN_RING_FENCE', 'OPEN_INTERNAL', 'OPEN_EXTERNAL'];

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

/** One vacancy: its stage and next step, the ring-fenced pool with reasons and decisions, interest, offers and timeline. */
export function VacancyPage() {
  const { vacancyId = '' } = useParams();
  const query = useVacancy(vacancyId);
  usePageTitle(query.data ? query.data.record.title : 'Vacancy');
  if (!query.data) {
    return (
      <>
        <BackLink to="/vacancies" text="Back to vacancies" />
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }
  return <VacancyDetail vacancy={query.data.record} etag={query.data.etag} reload={() => void query.refetch()} />;
}

function VacancyDetail({ vacancy, etag, reload }: { vacancy: Vacancy; etag: string; reload: () => void }) {
  const { data: profile } = useCurrentUser();
  const admin = hasAnyRole(profile?.roles ?? [], VACANCY_ADMINS);
  const move = useMoveVacancy(vacancy.id);
  const form = useFormSubmit(resolver);
  const flashed = useFlash();
  const [searchParams] = useSearchParams();
  const poolPage = pageFromSearchParams(new URLSearchParams({ page: searchParams.get('poolPage') ?? '1' }));
  const opened = vacancy.status !== 'DRAFT';
  const pool = useVacancyPool(vacancy.id, poolPage, opened && Boolean(vacancy.ringFence));
  const interest = useVacancyInterest(vacancy.id, opened);
  const offers = useVacancyOffers(vacancy.id, opened);
  usePageTitle(vacancy.title, hasErrors(form.errors));

  const quick = admin ? QUICK_STEPS.filter((step) => vacancy.allowedSteps.includes(step)) : [];
  const canOffer = admin && vacancy.allowedSteps.includes('MAKE_OFFER');
  const canWithdraw = admin && vacancy.allowedSteps.includes('WITHDRAW');
  const doneStep = move.isSuccess && move.variables ? (move.variables.step as QuickStep) : undefined;
  const runStep = (step: QuickStep) => void form.run(async () => void (await move.mutateAsync({ step, etag })));

  return (
    <>
      <BackLink to="/vacancies" text="Back to vacancies" />
      {form.conflict && <ConcurrencyWarning onReload={() => { reload(); form.reset(); }} />}
      <ErrorSummary items={form.errors.summary} />
      <SuccessBanner message={doneStep && !hasErrors(form.errors) ? STEP_DONE[doneStep] : flashed} />
      <span className="govuk-caption-l">Vacancy</span>
      <h1 className="govuk-heading-l">{vacancy.title}</h1>
      <p className="govuk-body" data-testid="vacancy-status">
        <Tag text={VACANCY_STATUS_LABELS[vacancy.status]} colour={VACANCY_STATUS_COLOURS[vacancy.status]} />
        {vacancy.statusText && <span className="app-block govuk-!-margin-top-2">{vacancy.statusText}</span>}
      </p>
      {vacancy.ringFence && (
        <div className="govuk-inset-text" data-testid="ring-fence">
          {vacancy.ringFence.text}
        </div>
      )}
      {vacancy.withdrawnReason && <div className="govuk-inset-text">Withdrawn: {vacancy.withdrawnReason}</div>}
      {vacancy.allowedSteps.includes('OPEN_INTERNAL') && vacancy.undecidedPoolCount > 0 && (
        <div className="govuk-warning-text" data-testid="undecided">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {vacancy.undecidedPoolCount === 1
              ? '1 person in the pool has no decision yet.'
              : `${vacancy.undecidedPoolCount} people in the pool have no decision yet.`}{' '}
            The vacancy cannot open to internal applicants until everyone in the pool has been found suitable or not suitable, with a written reason.
          </strong>
        </div>
      )}
      {(quick.length > 0 || canOffer || canWithdraw) && (
        <div className="govuk-button-group" data-testid="vacancy-actions">
          {quick.map((step) => (
            <button key={step} type="button" className="govuk-button" data-module="govuk-button" disabled={form.submitting} onClick={() => runStep(step)}>
              {STEP_ACTIONS[step]}
            </button>
          ))}
          {canOffer && <ButtonLink to={`/vacancies/${vacancy.id}/offer`} text="Make an offer" secondary />}
          {canWithdraw && (
            <Link className="govuk-link" to={`/vacancies/${vacancy.id}/withdraw`}>
              Withdraw the vacancy
            </Link>
          )}
        </div>
      )}

      <h2 className="govuk-heading-m">Details</h2>
      <dl className="govuk-summary-list" data-testid="vacancy-summary">
        <Row label="Job description">
          <Link className="govuk-link" to={`/job-descriptions/${vacancy.jobDescription.id}`}>
            {vacancy.jobDescription.title}
          </Link>
          <span className="govuk-body-s app-secondary-text app-block">{vacancy.jobDescription.reference}</span>
        </Row>
        <Row label="Band" testId="vacancy-band">
          {vacancy.band.name}
        </Row>
        <Row label="Unit">{vacancy.unit.name}</Row>
        {vacancy.directorate && <Row label="Directorate">{vacancy.directorate}</Row>}
        {vacancy.postNumber && <Row label="Post">{vacancy.postNumber}</Row>}
        <Row label="Hours">{hoursText(vacancy.weeklyHours)}</Row>
        <Row label="Posts">{postsText(vacancy.posts, vacancy.filledPosts)}</Row>
        <Row label="Closing date">{formatDate(vacancy.closingDate)}</Row>
        {vacancy.openedOn && <Row label="Opened">{formatDate(vacancy.openedOn)}</Row>}
      </dl>
      <h2 className="govuk-heading-m">Essential criteria</h2>
      <CriteriaList items={vacancy.essentialCriteria} testId="essential-criteria" />
      <h2 className="govuk-heading-m">Desirable criteria</h2>
      <CriteriaList items={vacancy.desirableCriteria} />

      {vacancy.currentOffer && (
        <>
          <h2 className="govuk-heading-m">The offer</h2>
          <div className="govuk-inset-text" data-testid="current-offer">
            Offered to {vacancy.currentOffer.name}: {OFFER_STATUS_LABELS[vacancy.currentOffer.status].toLowerCase()}
            {vacancy.currentOffer.trialEndsOn ? `, the trial ends on ${formatDate(vacancy.currentOffer.trialEndsOn)}` : ''}.{' '}
            <Link className="govuk-link" to={`/offers/${vacancy.currentOffer.id}`}>
              See the offer<span className="govuk-visually-hidden"> to {vacancy.currentOffer.name}</span>
            </Link>
          </div>
        </>
      )}

      {vacancy.ringFence && opened && (
        <>
          <h2 className="govuk-heading-m" id="pool" tabIndex={-1}>
            Ring-fenced pool
          </h2>
          <p className="govuk-body">
            People with statutory priority come first. Each person in the pool must be found suitable or not suitable, with a written reason they
            will be given, before anyone else is considered.
          </p>
          {pool.data ? (
            pool.data.items.length === 0 ? (
              <p className="govuk-body">Nobody is in the pool.</p>
            ) : (
              <>
                <p className="govuk-body" data-testid="pool-count">
                  {pool.data.totalItems === 1 ? '1 person' : `${pool.data.totalItems} people`} in the pool
                  {pool.data.undecidedCount > 0 ? `, ${pool.data.undecidedCount} with no decision yet.` : ', every one with a decision.'}
                </p>
                <div data-testid="pool">
                  {pool.data.items.map((entry) => (
                    <PoolCard key={entry.staffNumber} entry={entry} vacancyId={vacancy.id} canDecide={admin && vacancy.status !== 'FILLED' && vacancy.status !== 'WITHDRAWN'} />
                  ))}
                </div>
                <Pagination page={poolPage} size={POOL_PAGE_SIZE} totalItems={pool.data.totalItems} hrefFor={(page) => `/vacancies/${vacancy.id}?poolPage=${page}#pool`} />
              </>
            )
          ) : (
            <QueryState isPending={pool.isPending} error={pool.error} />
          )}
        </>
      )}

      {opened && (
        <>
          <h2 className="govuk-heading-m">Interest</h2>
          {interest.data ? (
            interest.data.items.length === 0 ? (
              <p className="govuk-body">Nobody has expressed interest yet.</p>
            ) : (
              <ScrollRegion label="Interest">
                <table className="govuk-table" data-testid="interest">
                  <caption className="govuk-table__caption govuk-visually-hidden">Who has expressed interest, earliest first</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">Name</th>
                      <th scope="col" className="govuk-table__header">Applied at</th>
                      <th scope="col" className="govuk-table__header">When</th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {interest.data.items.map((item) => (
                      <tr className="govuk-table__row" key={item.staffNumber}>
                        <th scope="row" className="govuk-table__header">
                          <Link className="govuk-link" to={`/staff/${encodeURIComponent(item.staffNumber)}`}>
                            {item.name}
                          </Link>
                        </th>
                        <td className="govuk-table__cell">{STAGE_LABELS[item.stage]}</td>
                        <td className="govuk-table__cell">{formatTimestamp(item.expressedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )
          ) : (
            <QueryState isPending={interest.isPending} error={interest.error} />
          )}
          <h2 className="govuk-heading-m">Offers</h2>
          {offers.data ? (
            offers.data.items.length === 0 ? (
              <p className="govuk-body">No offer has been made.</p>
            ) : (
              <OffersTable offers={offers.data.items} />
            )
          ) : (
            <QueryState isPending={offers.isPending} error={offers.error} />
          )}
        </>
      )}

      <h2 className="govuk-heading-m">What has happened</h2>
      {vacancy.timeline.length === 0 ? (
        <p className="govuk-body">Nothing yet.</p>
      ) : (
        <ol className="app-timeline" aria-label={`What has happened to ${vacancy.title}`} data-testid="vacancy-timeline">
          {[...vacancy.timeline].reverse().map((entry, index) => (
            <li className="app-timeline__item" key={index}>
              <h3 className="app-timeline__title">{entry.title ?? entry.text}</h3>
              <p className="app-timeline__date">
                <time dateTime={entry.at.toISOString()}>{formatTimestamp(entry.at)}</time> by {entry.actor}
              </p>
              {entry.title && <p className="govuk-body app-timeline__description">{entry.text}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function CriteriaList({ items, testId }: { items: string[]; testId?: string }) {
  if (items.length === 0) {
    return <p className="govuk-body">None.</p>;
  }
  return (
    <ul className="govuk-list govuk-list--bullet" data-testid={testId}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** One person in the pool as a GOV.UK summary card: band, at risk until, HR's decision, and the reasons. */
function PoolCard({ entry, vacancyId, canDecide }: { entry: PoolEntry; vacancyId: string; canDecide: boolean }) {
  return (
    <div className="govuk-summary-card" data-testid="pool-entry">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {entry.name} {entry.priority && <Tag text="Statutory priority" colour="purple" />}
        </h3>
        {canDecide && (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <Link className="govuk-link" to={`/vacancies/${vacancyId}/pool/${encodeURIComponent(entry.staffNumber)}`}>
                {entry.decision ? 'Change the decision' : 'Record a decision'}
                <span className="govuk-visually-hidden"> for {entry.name}</span>
              </Link>
            </li>
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <Row label="Staff number">
            <Link className="govuk-link" to={`/staff/${encodeURIComponent(entry.staffNumber)}`}>
              {entry.staffNumber}
            </Link>
          </Row>
          <Row label="Band">
            {bandText(entry.band)}
            {entry.protectedBand && entry.protectedBand !== entry.band ? `, protected at ${bandText(entry.protectedBand)}` : ''}
          </Row>
          {entry.atRiskUntil && <Row label="At risk until">{formatDate(entry.atRiskUntil)}</Row>}
          <Row label="Interest">{entry.interested ? 'Has expressed interest' : 'Has not expressed interest'}</Row>
          <Row label="Decision" testId="pool-decision">
            {entry.decision ? (
              <>
                {entry.decision.suitability === 'SUITABLE' ? <Tag text="Suitable" colour="green" /> : <Tag text="Not suitable" colour="red" />}{' '}
                {entry.decision.reason}
                <span className="govuk-body-s app-secondary-text app-block">
                  Recorded by {entry.decision.decidedBy} on {formatTimestamp(entry.decision.decidedAt)}
                </span>
              </>
            ) : (
              <Tag text="No decision yet" colour="yellow" />
            )}
          </Row>
        </dl>
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Why {entry.name} is in the pool</span>
          </summary>
          <div className="govuk-details__text">
            <ReasonsList reasons={entry.reasons} />
          </div>
        </details>
      </div>
    </div>
  );
}
