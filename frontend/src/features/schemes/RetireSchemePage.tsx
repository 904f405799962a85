import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { flash } from '../../components/flash';
import { useChangeSchemeStatus } from './mutations';
import { schemePaths } from './paths';
import { useScheme } from './queries';

const noFields = () => undefined;

/** Retiring a scheme version cannot be undone, so the admin confirms it here first (HR admins). */
export function RetireSchemePage() {
  const { schemeId = '' } = useParams();
  const scheme = useScheme(schemeId);
  const retire = useChangeSchemeStatus(schemeId);
  const form = useFormSubmit(noFields);
  const navigate = useNavigate();
  const record = scheme.data?.record;
  usePageTitle(record ? `Retire ${record.name} version ${record.version}` : 'Retire a scheme version', hasErrors(form.errors));

  if (!scheme.data || !record) {
    return <QueryState isPending={scheme.isPending} error={scheme.error} />;
  }
  const etag = scheme.data.etag;
  const name = `${record.name} version ${record.version}`;
  const confirm = () =>
    form.run(async () => {
      await retire.mutateAsync({ etag, status: 'RETIRED' });
      navigate(schemePaths.scheme(schemeId), flash(`${name} has been retired`));
    });
  const reload = async () => {
    await scheme.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={schemePaths.scheme(schemeId)} text="Back to the scheme" />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      {record.status !== 'ACTIVE' ? (
        <>
          <h1 className="govuk-heading-l">Retire {name}</h1>
          <p className="govuk-body">Only an active scheme version can be retired, and this one is {record.status === 'RETIRED' ? 'retired already' : 'a draft'}.</p>
        </>
      ) : (
        <ConfirmAction
          caption={name}
          heading="Are you sure you want to retire this scheme version?"
          warning="A retired version cannot be used for new panels, and it cannot be made active again. Evaluations already scored under it keep it."
          confirmText="Retire this version"
          cancelHref={schemePaths.scheme(schemeId)}
          busy={form.submitting}
          onConfirm={() => void confirm()}
        >
          <p className="govuk-body">
            {record.inUse ? 'Evaluations have used this version.' : 'No evaluation has used this version yet.'} An open evaluation that
            still uses it stops the retirement: its panel must finish first.
          </p>
        </ConfirmAction>
      )}
    </>
  );
}
