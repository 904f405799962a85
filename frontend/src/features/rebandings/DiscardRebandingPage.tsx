import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { flash } from '../../components/flash';
import { QueryState } from '../../components/QueryState';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { usePageTitle } from '../../layout/usePageTitle';
import { useDiscardRebanding } from './mutations';
import { useRebanding } from './queries';

const noFields = () => undefined;

/** Discarding a draft model: confirmed here, sent with If-Match. */
export function DiscardRebandingPage() {
  const { rebandingId = '' } = useParams();
  const query = useRebanding(rebandingId);
  const discard = useDiscardRebanding(rebandingId);
  const form = useFormSubmit(noFields);
  const navigate = useNavigate();
  usePageTitle('Discard the re-banding', hasErrors(form.errors));
  const back = `/rebandings/${rebandingId}`;
  const rebanding = query.data?.record;
  if (!rebanding || !query.data) {
    return <QueryState isPending={query.isPending} error={query.error} />;
  }
  const etag = query.data.etag;
  const confirm = () =>
    form.run(async () => {
      await discard.mutateAsync(etag);
      navigate('/rebandings', flash('The re-banding model has been discarded. Nothing changed for anyone.'));
    });
  return (
    <>
      <BackLink to={back} text="Back" />
      {form.conflict && <ConcurrencyWarning onReload={() => void query.refetch().then(form.reset)} />}
      <ErrorSummary items={form.errors.summary} />
      <ConfirmAction
        caption={`${rebanding.jobDescription.title} to ${rebanding.outcome.band.name}`}
        heading="Are you sure you want to discard this model?"
        warning="The model is deleted. You can model the re-banding again at any time."
        confirmText="Discard the model"
        cancelHref={back}
        busy={form.submitting}
        onConfirm={() => void confirm()}
      />
    </>
  );
}
