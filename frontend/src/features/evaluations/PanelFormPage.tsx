import { useRef } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { hasErrors } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { Role, type SchemeRef } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { EvaluationUnavailable } from './EvaluationUnavailable';
import { flash } from '../../components/flash';
import { PanelForm } from './PanelForm';
import { initialPanelValues, panelFieldResolver, type PanelFormValues, toPanelInput } from './panelForm';
import { evaluationPaths } from './paths';
import { useSetPanel } from './mutations';
import { useActiveSchemes, useDirectory, useEvaluation } from './queries';

/** Form or change the panel of an accepted evaluation (HR). */
export function PanelFormPage() {
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(evaluationId);
  const schemes = useActiveSchemes();
  const evaluators = useDirectory(Role.HrEvaluator);
  const admins = useDirectory(Role.HrAdmin);
  const reps = useDirectory(Role.UnionRep);
  const navigate = useNavigate();
  const setPanel = useSetPanel(evaluationId);
  // the server numbers the members it was sent, so its messages are placed by the values last sent
  const sent = useRef<PanelFormValues | undefined>(undefined);
  const form = useFormSubmit((path) => (sent.current ? panelFieldResolver(sent.current)(path) : undefined));
  const record = evaluation.data?.record;
  const changing = (record?.panel.length ?? 0) > 0;
  const heading = changing ? 'Change the panel' : 'Form the panel';
  usePageTitle(record ? `${heading} – ${record.title}` : heading, hasErrors(form.errors));

  const pending = [evaluation, schemes, evaluators, admins, reps];
  if (!record || !schemes.data || !evaluators.data || !admins.data || !reps.data) {
    return <QueryState isPending={pending.some((query) => query.isPending)} error={pending.find((query) => query.error)?.error} />;
  }
  if (record.status !== 'ACCEPTED' && record.status !== 'IN_PANEL') {
    return (
      <>
        <BackLink to={evaluationPaths.evaluation(evaluationId)} text="Back to the evaluation" />
        <span className="govuk-caption-l">{record.title}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <EvaluationUnavailable evaluation={record} text="A panel can be formed once the request has been accepted, and changed until the outcome is published." />
      </>
    );
  }
  const etag = evaluation.data?.etag ?? '';
  const activeSchemes: SchemeRef[] = [...schemes.data.items];
  if (record.scheme && !activeSchemes.some((scheme) => scheme.id === record.scheme?.id)) {
    // the evaluation keeps its scheme version even after that version is retired
    activeSchemes.unshift(record.scheme);
  }
  const initial = initialPanelValues(
    [...evaluators.data.items, ...admins.data.items, ...reps.data.items],
    record.panel,
    record.scheme?.id ?? (activeSchemes.length === 1 ? activeSchemes[0].id : ''),
  );
  const submit = (values: PanelFormValues) => {
    sent.current = values;
    void form.run(async () => {
      const saved = await setPanel.mutateAsync({ etag, panel: toPanelInput(values) });
      navigate(
        evaluationPaths.evaluation(evaluationId),
        flash(
          changing && record.signOffs.length > 0 && saved.record.signOffs.length === 0
            ? 'The panel has been changed. Every sign-off has been withdrawn, so the members sign off again.'
            : 'The panel has been saved',
        ),
      );
    });
  };
  const reload = async () => {
    await evaluation.refetch();
    form.reset();
  };

  return (
    <>
      <BackLink to={evaluationPaths.evaluation(evaluationId)} text="Back to the evaluation" />
      {form.conflict && <ConcurrencyWarning onReload={reload} />}
      <ErrorSummary items={form.errors.summary} />
      <span className="govuk-caption-l">{record.title}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PanelForm
            key={etag}
            initial={initial}
            schemes={activeSchemes}
            errors={form.errors}
            submitting={form.submitting}
            onSubmit={submit}
            onClientErrors={form.setErrors}
          />
        </div>
      </div>
    </>
  );
}
