import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { payBandsApi } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { hasErrors, namedFieldsResolver } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { PayBandForm } from './PayBandForm';
import { EMPTY_BAND, PAY_BAND_FIELDS, type PayBandFormValues, valuesFromBand } from './payBandForm';
import { usePayBand, usePayStructures } from './queries';

const resolver = namedFieldsResolver(PAY_BAND_FIELDS);

function bandFields(values: PayBandFormValues) {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    rank: Number(values.rank.trim()),
    description: values.description.trim() || undefined,
    openToNewEntrants: values.openToNewEntrants === 'yes',
  };
}

export function NewPayBandPage() {
  const structures = usePayStructures();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormSubmit(resolver);
  usePageTitle('Add a pay band', hasErrors(form.errors));

  const save = (values: PayBandFormValues) =>
    form.run(async () => {
      const band = await payBandsApi.createPayBand({ payBandCreate: { structureId: values.structureId, ...bandFields(values) } });
      await queryClient.invalidateQueries({ queryKey: ['pay-bands'] });
      navigate(`/pay-bands/${band.id}`);
    });

  return (
    <>
      <BackLink to="/pay-bands" />
      <ErrorSummary items={form.errors.summary} />
      <h1 className="govuk-heading-l">Add a pay band</h1>
      {structures.data ? (
        <PayBandForm
          initial={EMPTY_BAND}
          structures={structures.data.items}
          errors={form.errors}
          submitting={form.submitting}
          submitText="Add pay band"
          onSubmit={save}
          onClientErrors={form.setErrors}
        />
      ) : (
        <QueryState isPending={structures.isPending} error={structures.error} />
      )}
    </>
  );
}

export function EditPayBandPage() {
  const { bandId = '' } = useParams();
  const band = usePayBand(bandId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormSubmit(resolver);
  usePageTitle('Change pay band', hasErrors(form.errors));

  if (!band.data) {
    return <QueryState isPending={band.isPending} error={band.error} />;
  }
  const { record, etag } = band.data;
  const save = (values: PayBandFormValues) =>
    form.run(async () => {
      await payBandsApi.updatePayBand({
        bandId,
        ifMatch: etag,
        payBandUpdate: { ...bandFields(values), retired: values.retired },
      });
      await queryClient.invalidateQueries({ queryKey: ['pay-band', bandId] });
      await queryClient.invalidateQueries({ queryKey: ['pay-bands'] });
      navigate(`/pay-bands/${bandId}`);
    });
  const reload = async () => {
    await band.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={`/pay-bands/${bandId}`} />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{record.structureName}</span>
      <h1 className="govuk-heading-l">Change {record.name}</h1>
      <PayBandForm
        key={etag}
        initial={valuesFromBand(record)}
        errors={form.errors}
        submitting={form.submitting}
        submitText="Save changes"
        onSubmit={save}
        onClientErrors={form.setErrors}
      />
    </>
  );
}
