import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFlash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { SuccessBanner } from '../../components/SuccessBanner';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { BandRangesTable } from './BandRangesTable';
import { FactorsTable } from './FactorsTable';
import { useScheme } from './queries';
import { SCHEME_ADMINS } from './roles';
import { SchemeActions } from './SchemeActions';
import { SchemeSummaryList } from './SchemeSummaryList';
import { ScoreForm } from './ScoreForm';

const noFields = () => undefined;

export function SchemePage() {
  const { schemeId = '' } = useParams();
  const scheme = useScheme(schemeId);
  const { data: profile } = useCurrentUser();
  const actions = useFormSubmit(noFields);
  const flashed = useFlash();
  const [done, setDone] = useState('');
  const record = scheme.data?.record;
  usePageTitle(record ? `${record.name} version ${record.version}` : 'Scheme', hasErrors(actions.errors));

  if (!scheme.data || !record) {
    return <QueryState isPending={scheme.isPending} error={scheme.error} />;
  }
  const reload = async () => {
    await scheme.refetch();
    actions.reset();
  };
  return (
    <>
      <BackLink to="/schemes" text="Back to schemes" />
      {actions.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={actions.errors.summary} />
      <SuccessBanner message={done || flashed} />
      <span className="govuk-caption-l">
        {record.code}, version {record.version}
      </span>
      <h1 className="govuk-heading-l">{record.name}</h1>
      {profile && hasAnyRole(profile.roles, SCHEME_ADMINS) && (
        <SchemeActions scheme={record} etag={scheme.data.etag} busy={actions.submitting} run={actions.run} onDone={setDone} />
      )}
      <SchemeSummaryList scheme={record} />
      <FactorsTable factors={record.factors} />
      <BandRangesTable bandRanges={record.bandRanges} />
      <ScoreForm key={record.id} scheme={record} />
    </>
  );
}
