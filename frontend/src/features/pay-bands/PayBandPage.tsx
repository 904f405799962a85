import { Link, useParams } from 'react-router-dom';
import { AUDIT_READERS, hasAnyRole, PAY_ADMINS } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ButtonLink } from '../../components/ButtonLink';
import { useFlash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { SuccessBanner } from '../../components/SuccessBanner';
import { usePageTitle } from '../../layout/usePageTitle';
import { BandSummaryList } from './BandSummaryList';
import { CurrentPayPoints } from './CurrentPayPoints';
import { usePayBand, usePayScales, usePayZones } from './queries';
import { SalaryOnDateForm } from './SalaryOnDateForm';
import { ScalesOverTimeTable } from './ScalesOverTimeTable';

export function PayBandPage() {
  const { bandId = '' } = useParams();
  const band = usePayBand(bandId);
  const scales = usePayScales(bandId);
  const zones = usePayZones();
  const { data: profile } = useCurrentUser();
  const roles = profile?.roles ?? new Set();
  const canEdit = hasAnyRole(roles, PAY_ADMINS);
  const success = useFlash();
  const record = band.data?.record;
  usePageTitle(record ? `${record.name} (${record.structureName})` : 'Pay band');

  if (!record) {
    return <QueryState isPending={band.isPending} error={band.error} />;
  }
  return (
    <>
      <BackLink to="/pay-bands" text="Back to pay bands" />
      {success && <SuccessBanner message={success} />}
      <span className="govuk-caption-l">{record.structureName}</span>
      <h1 className="govuk-heading-l">{record.name}</h1>
      <div className="govuk-button-group">
        {canEdit && <ButtonLink to={`/pay-bands/${bandId}/edit`} text="Change band" secondary />}
        {canEdit && !record.retired && <ButtonLink to={`/pay-bands/${bandId}/scales/new`} text="Add a pay scale" />}
        {hasAnyRole(roles, AUDIT_READERS) && (
          <Link className="govuk-link" to={`/pay-bands/${bandId}/history`}>
            View change history
          </Link>
        )}
      </div>
      <BandSummaryList band={record} />
      <SalaryOnDateForm bandId={bandId} zones={zones.data?.items ?? []} />
      <h2 className="govuk-heading-m">Current pay points</h2>
      {scales.data ? (
        <>
          <CurrentPayPoints scales={scales.data.items} zones={zones.data?.items ?? []} />
          <ScalesOverTimeTable scales={scales.data.items} zones={zones.data?.items ?? []} canEdit={canEdit} />
        </>
      ) : (
        <QueryState isPending={scales.isPending} error={scales.error} />
      )}
    </>
  );
}
