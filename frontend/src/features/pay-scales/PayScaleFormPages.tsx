import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { payScalesApi } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { dateToIso, isoToDate } from '../../format/dates';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { usePayBand, usePayScale, usePayZones } from '../pay-bands/queries';
import { PayScaleForm } from './PayScaleForm';
import { emptyScaleForm, type ScaleFields, scaleFieldResolver, valuesFromScale } from './scaleForm';

function useInvalidateBand() {
  const queryClient = useQueryClient();
  return async (bandId: string) => {
    await queryClient.invalidateQueries({ queryKey: ['pay-scales', bandId] });
    await queryClient.invalidateQueries({ queryKey: ['pay-bands'] });
    await queryClient.invalidateQueries({ queryKey: ['pay-band-salary-range', bandId] });
  };
}

export function NewPayScalePage() {
  const { bandId = '' } = useParams();
  const band = usePayBand(bandId);
  const zones = usePayZones();
  const navigate = useNavigate();
  const invalidateBand = useInvalidateBand();
  const form = useFormSubmit(scaleFieldResolver);
  usePageTitle('Add a pay scale', hasErrors(form.errors));

  if (!band.data || !zones.data) {
    return <QueryState isPending={band.isPending || zones.isPending} error={band.error ?? zones.error} />;
  }
  const save = (fields: ScaleFields, zone: string) =>
    form.run(async () => {
      await payScalesApi.createPayScale({
        bandId,
        payScaleCreate: { ...fields, zone, effectiveFrom: isoToDate(fields.effectiveFrom) as Date },
      });
      await invalidateBand(bandId);
      navigate(`/pay-bands/${bandId}`);
    });

  return (
    <>
      <BackLink to={`/pay-bands/${bandId}`} />
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{band.data.record.name}</span>
      <h1 className="govuk-heading-l">Add a pay scale</h1>
      <PayScaleForm
        initial={emptyScaleForm()}
        zones={zones.data.items}
        editing={false}
        errors={form.errors}
        submitting={form.submitting}
        submitText="Add pay scale"
        onSubmit={(fields, values) => save(fields, values.zone)}
        onClientErrors={form.setErrors}
      />
    </>
  );
}

export function EditPayScalePage() {
  const { scaleId = '' } = useParams();
  const scale = usePayScale(scaleId);
  const navigate = useNavigate();
  const invalidateBand = useInvalidateBand();
  const form = useFormSubmit(scaleFieldResolver);
  usePageTitle('Change pay scale', hasErrors(form.errors));

  if (!scale.data) {
    return <QueryState isPending={scale.isPending} error={scale.error} />;
  }
  const { record, etag } = scale.data;
  const save = (fields: ScaleFields, retired: boolean) =>
    form.run(async () => {
      await payScalesApi.updatePayScale({
        scaleId,
        ifMatch: etag,
        payScaleUpdate: { ...fields, effectiveFrom: isoToDate(fields.effectiveFrom) as Date, retired },
      });
      await invalidateBand(record.bandId);
      navigate(`/pay-bands/${record.bandId}`);
    });
  const reload = async () => {
    await scale.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={`/pay-bands/${record.bandId}`} />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">Band {record.bandCode}</span>
      <h1 className="govuk-heading-l">Change pay scale</h1>
      <PayScaleForm
        key={etag}
        initial={valuesFromScale(record, dateToIso(record.effectiveFrom))}
        editing
        errors={form.errors}
        submitting={form.submitting}
        submitText="Save changes"
        onSubmit={(fields, values) => save(fields, values.retired)}
        onClientErrors={form.setErrors}
      />
    </>
  );
}
