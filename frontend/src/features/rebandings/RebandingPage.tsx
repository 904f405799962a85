import { Link, useParams, useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFlash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Tag } from '../../components/Tag';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { pageFromSearchParams } from '../audit/pageParam';
import { PEOPLE_ADMINS, REBANDING_MODELLERS } from '../people/roles';
import { EqualityImpactTables } from './EqualityImpactTables';
import { ImpactTotals } from './ImpactTotals';
import { REBANDING_STATUS_COLOURS, REBANDING_STATUS_LABELS } from './labels';
import { useRecalculateRebanding } from './mutations';
import { PayBillChart } from './PayBillChart';
import { type PeopleSort, sortFromParams } from './peopleSort';
import { PEOPLE_PAGE_SIZE, useRebanding } from './queries';
import { RebandingPeopleTable } from './RebandingPeopleTable';
import { RebandingSummaryList } from './RebandingSummaryList';

const noFields = () => undefined;

const rebandingPath = (rebandingId: string) => `/rebandings/${rebandingId}`;

/** The impact model of one re-banding, with recalculate, discard and apply while it is a draft. */
export function RebandingPage() {
  const { rebandingId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const sort = sortFromParams(searchParams);
  const page = pageFromSearchParams(searchParams);
  const { data: profile } = useCurrentUser();
  const query = useRebanding(rebandingId, sort, page);
  const recalculate = useRecalculateRebanding(rebandingId);
  const form = useFormSubmit(noFields);
  const success = useFlash();
  const rebanding = query.data?.record;
  usePageTitle(rebanding ? `Re-banding – ${rebanding.jobDescription.title}` : 'Re-banding', hasErrors(form.errors));

  if (!rebanding || !query.data) {
    return (
      <>
        <BackLink to="/rebandings" text="Back to re-bandings" />
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }
  const etag = query.data.etag;
  const roles = profile?.roles ?? [];
  const draft = rebanding.status === 'DRAFT';
  const canModel = draft && hasAnyRole(roles, REBANDING_MODELLERS);
  const canApply = draft && hasAnyRole(roles, PEOPLE_ADMINS);
  const hrefFor = (nextSort: PeopleSort, nextPage: number) => {
    const params = new URLSearchParams();
    if (nextSort !== 'name') params.set('sort', nextSort);
    if (nextPage > 1) params.set('page', String(nextPage));
    const query = params.toString();
    return `${rebandingPath(rebandingId)}${query ? `?${query}` : ''}#people`;
  };
  const runRecalculate = () => form.run(async () => void (await recalculate.mutateAsync(etag)));
  const reload = async () => {
    await query.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to="/rebandings" text="Back to re-bandings" />
      {form.conflict && <ConcurrencyWarning onReload={() => void reload()} />}
      <ErrorSummary items={form.errors.summary} />
      <SuccessBanner message={success ?? (recalculate.isSuccess ? 'The impact has been recalculated from today’s staff records and pay scales.' : undefined)} />
      <span className="govuk-caption-l">Re-banding</span>
      <h1 className="govuk-heading-l">
        {rebanding.jobDescription.title} to {rebanding.outcome.band.name}
      </h1>
      <p className="govuk-body">
        <Tag text={REBANDING_STATUS_LABELS[rebanding.status]} colour={REBANDING_STATUS_COLOURS[rebanding.status]} />
      </p>
      {draft ? (
        <div className="govuk-inset-text">This is a model. Nothing changes for anyone until the re-banding is applied.</div>
      ) : (
        <div className="govuk-inset-text">This re-banding has been applied. It can no longer be changed.</div>
      )}
      <RebandingSummaryList rebanding={rebanding} />
      <h2 className="govuk-heading-m">Impact</h2>
      <ImpactTotals totals={rebanding.totals} headcount={rebanding.headcount} />
      <h2 className="govuk-heading-m">Change in the pay bill by financial year</h2>
      <p className="govuk-body">As pay protection runs out, the saving from people moving down a band grows.</p>
      <PayBillChart years={rebanding.totals.byFinancialYear} />
      <h2 className="govuk-heading-m" id="people">
        People in scope
      </h2>
      <RebandingPeopleTable people={rebanding.people} sort={sort} hrefFor={hrefFor} pageSize={PEOPLE_PAGE_SIZE} />
      <h2 className="govuk-heading-m">Equality impact</h2>
      <p className="govuk-body">
        For each group, the share of its people in scope who move down a band, beside the share of everyone else in scope. Groups of
        fewer than 5 people show no figures.
      </p>
      <EqualityImpactTables breakdowns={rebanding.equalityImpact} />
      {(canModel || canApply) && (
        <div className="govuk-button-group">
          {canApply && <ButtonLink to={`${rebandingPath(rebandingId)}/apply`} text="Apply the re-banding" />}
          {canModel && (
            <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={form.submitting} onClick={() => void runRecalculate()}>
              Recalculate
            </button>
          )}
          {canModel && (
            <Link className="govuk-link" to={`${rebandingPath(rebandingId)}/discard`}>
              Discard this model
            </Link>
          )}
        </div>
      )}
    </>
  );
}
