import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink';
import { ConcurrencyWarning } from '../../components/ConcurrencyWarning';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { type DateParts, datePartsToIso, isoToDate } from '../../format/dates';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { type Appeal, AppealDecision, AppealStepName } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { stepFieldResolver } from './fields';
import { STEP_ACTIONS } from './labels';
import { useAppeal, useAppealStep } from './queries';

const WARNINGS: Partial<Record<AppealStepName, string>> = {
  LODGE: 'Once lodged, the appeal cannot go back to being a draft, and its deadlines start.',
  DECIDE: 'The decision is final for this stage. It cannot be changed once recorded.',
  CLOSE: 'A closed appeal cannot be reopened or taken to a second stage.',
  WITHDRAW: 'A withdrawn appeal cannot be reopened. Nothing lodged with it is deleted.',
  SECOND_STAGE: 'An appeal can go to a second stage only once. Its deadlines start again from today.',
};


/** A step that needs more input or cannot be undone: its questions, and a confirmation of what it does. */
export function AppealStepPage() {
  const { appealId = '', step = '' } = useParams();
  const appeal = useAppeal(appealId);
  const name = (Object.values(AppealStepName) as string[]).includes(step) ? (step as AppealStepName) : undefined;
  usePageTitle(name ? STEP_ACTIONS[name].text : 'Appeal');
  if (!appeal.data || !name) {
    return <QueryState isPending={appeal.isPending} error={appeal.error ?? (name ? null : new Error('Unknown step'))} />;
  }
  return <StepForm appeal={appeal.data.record} etag={appeal.data.etag} step={name} />;
}

function StepForm({ appeal, etag, step }: { appeal: Appeal; etag: string; step: AppealStepName }) {
  const navigate = useNavigate();
  const save = useAppealStep(appeal.id);
  const form = useFormSubmit(stepFieldResolver);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [hearing, setHearing] = useState<DateParts>({ day: '', month: '', year: '' });
  const [decision, setDecision] = useState('');
  const [rationale, setRationale] = useState('');
  const [factorReasons, setFactorReasons] = useState<Record<string, string>>({});
  const [factorLevels, setFactorLevels] = useState<Record<string, string>>({});
  const back = `/appeals/${appeal.id}`;

  const submit = () =>
    form.run(async () => {
      const hearingIso = datePartsToIso(hearing);
      await save.mutateAsync({
        etag,
        step: {
          step,
          note: note || undefined,
          reason: step === AppealStepName.Withdraw ? reason : undefined,
          hearingOn: step === AppealStepName.ScheduleHearing && hearingIso ? isoToDate(hearingIso) : undefined,
          decision: step === AppealStepName.Decide && decision ? (decision as AppealDecision) : undefined,
          rationale: step === AppealStepName.Decide ? rationale : undefined,
          factorDecisions:
            step === AppealStepName.Decide ? appeal.grounds.map((g) => ({
                  factor: g.factor,
                  rationale: factorReasons[g.factor] ?? '',
                  decidedLevel: decision === AppealDecision.PartlyUpheld && factorLevels[g.factor] ? Number(factorLevels[g.factor]) : undefined,
                })) : undefined,
        },
      });
      navigate(back);
    });

  const warning = WARNINGS[step];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back} text="Back to the appeal" />
        {form.conflict && <ConcurrencyWarning onReload={() => navigate(back)} />}
        <ErrorSummary items={form.errors.summary} />
        <span className="govuk-caption-l">Appeal about {appeal.title}</span>
        <h1 className="govuk-heading-l">{warning ? `Are you sure you want to ${STEP_ACTIONS[step].text.toLowerCase()}?` : STEP_ACTIONS[step].text}</h1>
        {step === AppealStepName.Withdraw && (
          <Textarea id="reason" label="Why is the appeal being withdrawn?" value={reason} onChange={setReason} error={form.errors.byInputId.reason} />
        )}
        {step === AppealStepName.ScheduleHearing && (
          <DateInput id="hearingOn" legend="When is the hearing?" hint="For example, 27 3 2027" value={hearing} onChange={setHearing} error={form.errors.byInputId.hearingOn} />
        )}
        {step === AppealStepName.Decide && (
          <>
            <Radios
              id="decision"
              legend="What did the review panel decide?"
              value={decision}
              onChange={setDecision}
              error={form.errors.byInputId.decision}
              items={[
                { value: AppealDecision.Upheld, text: 'Upheld' },
                { value: AppealDecision.PartlyUpheld, text: 'Partly upheld' },
                { value: AppealDecision.NotUpheld, text: 'Not upheld' },
              ]}
            />
            <Textarea id="rationale" label="The panel's reasons" value={rationale} onChange={setRationale} error={form.errors.byInputId.rationale} />
            {appeal.grounds.map((g, index) => (
              <div key={g.factor}>
                {decision === AppealDecision.PartlyUpheld && (
                  <Select
                    id={`factorDecisions-${index}-decidedLevel`}
                    label={`${g.factorName}: the level the panel decided`}
                    value={factorLevels[g.factor] ?? ''}
                    onChange={(value) => setFactorLevels({ ...factorLevels, [g.factor]: value })}
                    options={[
                      { value: '', text: `Level ${g.awardedLevel}, as awarded` },
                      ...Array.from(new Set([g.claimedLevel, ...Array.from({ length: Math.max(g.claimedLevel, g.awardedLevel) }, (_, i) => i + 1)]))
                        .filter((level) => level !== g.awardedLevel)
                        .sort((a, b) => a - b)
                        .map((level) => ({ value: String(level), text: `Level ${level}` })),
                    ]}
                  />
                )}
              <Textarea
                id={`factorDecisions-${index}-rationale`}
                label={`${g.factorName}: the panel's decision and reasons (claimed level ${g.claimedLevel}, awarded level ${g.awardedLevel})`}
                value={factorReasons[g.factor] ?? ''}
                onChange={(value) => setFactorReasons({ ...factorReasons, [g.factor]: value })}
                error={form.errors.byInputId[`factorDecisions-${index}-rationale`]}
              />
              </div>
            ))}
          </>
        )}
        {step !== AppealStepName.Withdraw && step !== AppealStepName.Decide && (
          <Textarea id="note" label="Note (optional)" value={note} onChange={setNote} rows={3} />
        )}
        {warning && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {warning}
            </strong>
          </div>
        )}
        <div className="govuk-button-group">
          <button
            type="button"
            className={`govuk-button${warning ? ' govuk-button--warning' : ''}`}
            data-module="govuk-button"
            disabled={form.submitting}
            onClick={() => void submit()}
          >
            {STEP_ACTIONS[step].text}
          </button>
        </div>
      </div>
    </div>
  );
}
