import { Link, useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Scheme, SchemeInput } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { flash } from '../../components/flash';
import { useUpdateScheme } from './mutations';
import { schemePaths } from './paths';
import { useScheme } from './queries';
import { schemeFieldResolver, valuesFromScheme } from './schemeForm';
import { SchemeForm } from './SchemeForm';

function NotEditable({ scheme }: { scheme: Scheme }) {
  return (
    <>
      <p className="govuk-body">
        {scheme.inUse
          ? 'An evaluation uses this version, so it can never change.'
          : 'Only draft versions can change.'}{' '}
        Start a new version from the scheme page instead.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/schemes/${scheme.id}`}>
          Go to {scheme.name} version {scheme.version}
        </Link>
      </p>
    </>
  );
}

export function EditSchemePage() {
  const { schemeId = '' } = useParams();
  const scheme = useScheme(schemeId);
  const navigate = useNavigate();
  const update = useUpdateScheme(schemeId);
  const form = useFormSubmit(schemeFieldResolver);
  const record = scheme.data?.record;
  usePageTitle(record ? `Edit ${record.name} version ${record.version}` : 'Edit scheme', hasErrors(form.errors));

  if (!scheme.data || !record) {
    return <QueryState isPending={scheme.isPending} error={scheme.error} />;
  }
  const { etag } = scheme.data;
  const save = (input: SchemeInput) =>
    form.run(async () => {
      await update.mutateAsync({ etag, input });
      navigate(schemePaths.scheme(schemeId), flash('Your changes to the draft have been saved'));
    });
  const reload = async () => {
    await scheme.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={`/schemes/${schemeId}`} />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">
        {record.code}, version {record.version}
      </span>
      <h1 className="govuk-heading-l">Edit {record.name}</h1>
      {record.status === 'DRAFT' && !record.inUse ? (
        <SchemeForm
          key={etag}
          initial={valuesFromScheme(record)}
          identity={record}
          errors={form.errors}
          submitting={form.submitting}
          onSubmit={save}
          onClientErrors={form.setErrors}
        />
      ) : (
        <NotEditable scheme={record} />
      )}
    </>
  );
}
