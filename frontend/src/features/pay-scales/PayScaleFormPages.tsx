import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { dateToIso, formatDate } from '../../format/dates';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { usePayBand, usePayScale, usePayZones } from '../pay-bands/queries';
import { zoneNameFor } from '../pay-bands/zones';
import { useCreatePayScale, useUpdatePayScale } from './mutations';
import { PayScaleForm } from './PayScaleForm';
import { emptyScaleForm, type ScaleFields, scaleFieldResolver, valuesFromScale } from './scaleForm';

export function NewPayScalePage() {
  const { bandId = '' } = useParams();
  const band = usePayBand(bandId);
  const zones = usePayZones();
  const navigate = useNavigate();
  const create = useCreatePayScale(bandId);
  const form = useFormSubmit(scaleFieldResolver);
  usePageTitle('Add a pay scale', hasErrors(form.errors));

  if (!band.data || !zones.data) {
    return <QueryState isPending={band.isPending || zones.isPending} error={band.error ?? zones.error} />;
  }
  const zoneList = zones.data.items;
  const save = (fields: ScaleFields, zone: string) =>
    form.run(async () => {
      const scale = await create.mutateAsync({ fields, zone });
      navigate(
        `/pay-bands/${bandId}`,
        flash(`${band.data.record.name} ${zoneNameFor(zoneList, scale.zone)} scale from ${formatDate(scale.effectiveFrom)} added`),
      );
    });

  return (
    <>
      <BackLink to={`/pay-bands/${bandId}`} />
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{band.data.record.name}</span>
      <h1 className="govuk-heading-l">Add a pay scale</h1>
      <p className="govuk-body">Enter every pay point of the scale, then add the scale.</p>
      <PayScaleForm
        initial={emptyScaleForm()}
        zones={zoneList}
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
  const zones = usePayZones();
  const navigate = useNavigate();
  const update = useUpdatePayScale(scaleId);
  const form = useFormSubmit(scaleFieldResolver);
  const past = scale.data?.record.timing === 'PAST';
  usePageTitle(past ? 'This pay scale can no longer be changed' : 'Change pay scale', hasErrors(form.errors));

  if (!scale.data) {
    return <QueryState isPending={scale.isPending} error={scale.error} />;
  }
  const { record, etag } = scale.data;
  const scaleName = `Band ${record.bandCode} ${zoneNameFor(zones.data?.items ?? [], record.zone)} scale from ${formatDate(record.effectiveFrom)}`;
  if (past) {
    return (
      <>
        <BackLink to={`/pay-bands/${record.bandId}`} />
        <span className="govuk-caption-l">{scaleName}</span>
        <h1 className="govuk-heading-l">This pay scale can no longer be changed</h1>
        <p className="govuk-body">
          A later scale has replaced it, so it is the record of what people were paid. Past scales are read-only.
        </p>
        <p className="govuk-body">To change pay from now on, add a new scale or copy this one with an uplift.</p>
      </>
    );
  }
  const save = (fields: ScaleFields, retired: boolean) =>
    form.run(async () => {
      await update.mutateAsync({ fields, retired, etag });
      navigate(`/pay-bands/${record.bandId}`, flash(`${scaleName} changed`));
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
      <span className="govuk-caption-l">{scaleName}</span>
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
