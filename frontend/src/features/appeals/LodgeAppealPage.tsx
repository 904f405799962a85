import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth/session';
import { hasAnyRole } from '../../auth/roles';
import { BackLink } from '../../components/BackLink';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { clientErrors, type FormErrors, NO_ERRORS } from '../../forms/formErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { type Outcome, Role } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { differenceText } from './labels';
import { type AppealKindAnswer, claimedLevels, type LodgeAnswers, type LodgeStep, missing, NO_ANSWERS, stepsFor, toAppealInput } from './lodgeFlow';
import { useLodgeAppeal, useOutcomeToAppeal, usePublishedOutcomes, useUnionMembers, useWhatIf } from './queries';

const TITLES: Record<LodgeStep, string> = {
  kind: 'What is the appeal against?',
  outcome: 'Which outcome are you appealing?',
  jd: 'Which job description is the appeal about?',
  grounds: 'What are the grounds of the appeal?',
  people: 'Who is the appeal for?',
  factors: 'Which factors do you dispute?',
  check: 'Check your answers before lodging the appeal',
};

/**
 * Lodging an appeal, one question a page (GOV.UK question pages): what it is against, then for a published outcome:
 * outcome → people → disputed factors with the claimed level and evidence → check answers, with the what-if total and
 * band → lodge; for a JD's content or an assignment (left off a re-banding or ring-fence list): job description →
 * people → grounds and evidence → check answers → lodge.
 */
export function LodgeAppealPage() {
  const [step, setStep] = useState<LodgeStep>('kind');
  const [answers, setAnswers] = useState<LodgeAnswers>(NO_ANSWERS);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  usePageTitle(TITLES[step], errors.summary.length > 0);
  const outcome = useOutcomeToAppeal(answers.evaluationId);
  const steps = stepsFor(answers.kind);
  const index = steps.indexOf(step);

  const next = () => {
    const gaps = missing(step, answers);
    if (gaps.length > 0) {
      setErrors(clientErrors(gaps));
      return;
    }
    setErrors(NO_ERRORS);
    setStep(steps[index + 1]);
  };
  const back = () => {
    setErrors(NO_ERRORS);
    setStep(steps[index - 1]);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {index === 0 ? (
          <BackLink to="/appeals" text="Back to appeals" />
        ) : (
          <a
            href="#back"
            className="govuk-back-link"
            onClick={(event) => {
              event.preventDefault();
              back();
            }}
          >
            Back
          </a>
        )}
        <ErrorSummary items={errors.summary} />
        <span className="govuk-caption-l">Lodge an appeal</span>
        {step === 'kind' && <KindQuestion answers={answers} setAnswers={setAnswers} error={errors.byInputId.kind} />}
        {step === 'jd' && <JdQuestion answers={answers} setAnswers={setAnswers} error={errors.byInputId.jdId} />}
        {step === 'grounds' && <GroundsQuestion answers={answers} setAnswers={setAnswers} error={errors.byInputId.summary} />}
        {step === 'outcome' && <OutcomeQuestion answers={answers} setAnswers={setAnswers} error={errors.byInputId.evaluationId} />}
        {step === 'people' && <PeopleQuestion answers={answers} setAnswers={setAnswers} error={errors.byInputId.members} />}
        {step === 'factors' &&
          (outcome.data ? (
            <FactorsQuestion outcome={outcome.data} answers={answers} setAnswers={setAnswers} errors={errors} />
          ) : (
            <QueryState isPending={outcome.isPending} error={outcome.error} />
          ))}
        {step === 'check' && answers.kind === 'OUTCOME' && outcome.data && <CheckAnswers outcome={outcome.data} answers={answers} goTo={setStep} />}
        {step === 'check' && answers.kind !== 'OUTCOME' && <CheckGrounds answers={answers} goTo={setStep} />}
        {step !== 'check' && (
          <button type="button" className="govuk-button" data-module="govuk-button" onClick={next}>
            Continue
          </button>
        )}
      </div>
    </div>
  );
}

interface QuestionProps {
  answers: LodgeAnswers;
  setAnswers: (answers: LodgeAnswers) => void;
  error?: string;
}

function OutcomeQuestion({ answers, setAnswers, error }: QuestionProps) {
  const outcomes = usePublishedOutcomes();
  if (!outcomes.data) return <QueryState isPending={outcomes.isPending} error={outcomes.error} />;
  return (
    <Radios
      id="evaluationId"
      legend={TITLES.outcome}
      value={answers.evaluationId}
      error={error}
      onChange={(evaluationId) => setAnswers({ ...NO_ANSWERS, kind: answers.kind, members: answers.members, evaluationId })}
      items={outcomes.data.items.map((entry) => ({ value: entry.id, text: entry.title, hint: `${entry.reference}, ${entry.directorate}` }))}
    />
  );
}

const KINDS: Array<{ value: AppealKindAnswer; text: string; hint: string }> = [
  { value: 'OUTCOME', text: 'A published evaluation outcome', hint: 'The levels awarded for one or more factors are wrong.' },
  { value: 'JD_CONTENT', text: "A job description's content", hint: 'The job description does not describe the work done.' },
  {
    value: 'ASSIGNMENT',
    text: 'Being left off a list',
    hint: 'Someone was left off a re-banding or ring-fence list drawn up by the work people did on an effective date.',
  },
];

function KindQuestion({ answers, setAnswers, error }: QuestionProps) {
  return (
    <Radios
      id="kind"
      legend={TITLES.kind}
      value={answers.kind}
      error={error}
      onChange={(kind) => setAnswers({ ...NO_ANSWERS, members: answers.members, kind: kind as AppealKindAnswer })}
      items={KINDS}
    />
  );
}

/** The roles with a published outcome, once each. */
function JdQuestion({ answers, setAnswers, error }: QuestionProps) {
  const outcomes = usePublishedOutcomes();
  if (!outcomes.data) return <QueryState isPending={outcomes.isPending} error={outcomes.error} />;
  const seen = new Set<string>();
  const roles = outcomes.data.items.filter((entry) => !seen.has(entry.jdId) && seen.add(entry.jdId));
  return (
    <Radios
      id="jdId"
      legend={TITLES.jd}
      value={answers.jdId}
      error={error}
      onChange={(jdId) => setAnswers({ ...answers, jdId })}
      items={roles.map((entry) => ({ value: entry.jdId, text: entry.title, hint: `${entry.reference}, ${entry.directorate}` }))}
    />
  );
}

function GroundsQuestion({ answers, setAnswers, error }: QuestionProps) {
  return (
    <>
      <h1 className="govuk-heading-l">{TITLES.grounds}</h1>
      <Textarea
        id="summary"
        label={answers.kind === 'ASSIGNMENT' ? 'Who was left off the list, and why should they be on it?' : 'How does the job description differ from the work done?'}
        value={answers.summary}
        error={error}
        onChange={(summary) => setAnswers({ ...answers, summary })}
      />
      <Textarea
        id="evidence"
        label="Evidence (optional)"
        hint={answers.kind === 'ASSIGNMENT' ? 'For example rotas or caseload records for the effective date' : 'For example diary extracts or work samples'}
        value={answers.evidence}
        onChange={(evidence) => setAnswers({ ...answers, evidence })}
      />
    </>
  );
}

function CheckGrounds({ answers, goTo }: { answers: LodgeAnswers; goTo: (step: LodgeStep) => void }) {
  const navigate = useNavigate();
  const lodge = useLodgeAppeal();
  const form = useFormSubmit(() => undefined);
  const outcomes = usePublishedOutcomes();
  const role = outcomes.data?.items.find((entry) => entry.jdId === answers.jdId);
  const submit = () =>
    form.run(async () => {
      const saved = await lodge.mutateAsync(toAppealInput(answers));
      navigate(`/appeals/${saved.record.id}`);
    });
  return (
    <>
      <ErrorSummary items={form.errors.summary} />
      <h1 className="govuk-heading-l">{TITLES.check}</h1>
      <dl className="govuk-summary-list" data-testid="check-answers">
        <Answer label="Against" value={KINDS.find((k) => k.value === answers.kind)?.text ?? ''} change={() => goTo('kind')} />
        <Answer label="Job description" value={role ? `${role.title} (${role.reference})` : ''} change={() => goTo('jd')} />
        <Answer label="Members" value={answers.members.join(', ')} change={() => goTo('people')} />
        <Answer label="Grounds" value={answers.summary} change={() => goTo('grounds')} />
        {answers.evidence.trim() !== '' && <Answer label="Evidence" value={answers.evidence} change={() => goTo('grounds')} />}
      </dl>
      <h2 className="govuk-heading-m">Now lodge the appeal</h2>
      <p className="govuk-body">By lodging the appeal you confirm the members have asked for it. HR must acknowledge it within 10 working days.</p>
      <button type="button" className="govuk-button" data-module="govuk-button" disabled={form.submitting} onClick={() => void submit()}>
        Lodge the appeal
      </button>
    </>
  );
}

function PeopleQuestion({ answers, setAnswers, error }: QuestionProps) {
  const { data: profile } = useCurrentUser();
  const rep = hasAnyRole(profile?.roles ?? [], [Role.UnionRep]);
  const [search, setSearch] = useState('');
  const members = useUnionMembers(rep, search.trim());
  if (!rep) {
    return (
      <TextInput
        id="members"
        label={TITLES.people}
        hint="Staff numbers, separated by commas"
        value={answers.members.join(', ')}
        error={error}
        onChange={(text) =>
          setAnswers({
            ...answers,
            members: text
              .split(',')
              .map((part) => part.trim())
              .filter((part) => part !== ''),
          })
        }
      />
    );
  }
  const searchBox = (
    <TextInput
      id="member-search"
      label="Find a member"
      hint="Type a name or a staff number. The first 100 members who match are listed below."
      value={search}
      onChange={setSearch}
    />
  );
  if (!members.data) {
    return (
      <>
        {searchBox}
        <QueryState isPending={members.isPending} error={members.error} />
      </>
    );
  }
  if (members.data.items.length === 0) {
    return (
      <>
        {searchBox}
        <p className="govuk-body">
          {search.trim() === '' ? 'Your union has no members with a staff record yet.' : 'No member of your union matches your search.'}
        </p>
      </>
    );
  }
  return (
    <>
      {searchBox}
      <Checkboxes
        id="members"
        legend={TITLES.people}
        hint="Choose one member for an individual appeal, or several for a group appeal."
        values={answers.members}
        error={error}
        onChange={(values) => {
          // members chosen under an earlier search stay chosen
          const listed = new Set(members.data.items.map((m) => m.staffNumber));
          setAnswers({ ...answers, members: [...answers.members.filter((m) => !listed.has(m)), ...values] });
        }}
        items={members.data.items.map((m) => ({ value: m.staffNumber, text: m.name, hint: `Staff number ${m.staffNumber}` }))}
      />
    </>
  );
}

function FactorsQuestion({ outcome, answers, setAnswers, errors }: { outcome: Outcome; answers: LodgeAnswers; setAnswers: (a: LodgeAnswers) => void; errors: FormErrors }) {
  return (
    <>
      <Checkboxes
        id="disputed"
        legend={TITLES.factors}
        hint={`${outcome.title}: ${outcome.summary}`}
        values={answers.disputed}
        error={errors.byInputId.disputed}
        onChange={(disputed) => setAnswers({ ...answers, disputed })}
        items={outcome.factors.map((f) => ({ value: f.code, text: f.name, hint: `Awarded level ${f.level}, ${f.points} points` }))}
      />
      {outcome.factors
        .filter((f) => answers.disputed.includes(f.code))
        .map((f) => {
          const claim = answers.claims[f.code] ?? { level: '', evidence: '' };
          const levels = Array.from({ length: f.maxLevel ?? 8 }, (_, i) => i + 1).filter((level) => level !== f.level);
          return (
            <fieldset className="govuk-fieldset" key={f.code}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{f.name}</legend>
              <Select
                id={`claim-${f.code}`}
                label={`Level you claim (awarded level ${f.level})`}
                value={claim.level}
                error={errors.byInputId[`claim-${f.code}`]}
                onChange={(level) => setAnswers({ ...answers, claims: { ...answers.claims, [f.code]: { ...claim, level } } })}
                options={[{ value: '', text: 'Choose a level' }, ...levels.map((level) => ({ value: String(level), text: `Level ${level}` }))]}
              />
              <Textarea
                id={`evidence-${f.code}`}
                label="Evidence and argument"
                hint="What work shows this level, with examples"
                value={claim.evidence}
                onChange={(evidence) => setAnswers({ ...answers, claims: { ...answers.claims, [f.code]: { ...claim, evidence } } })}
              />
            </fieldset>
          );
        })}
    </>
  );
}

function CheckAnswers({ outcome, answers, goTo }: { outcome: Outcome; answers: LodgeAnswers; goTo: (step: LodgeStep) => void }) {
  const navigate = useNavigate();
  const lodge = useLodgeAppeal();
  const form = useFormSubmit(() => undefined);
  const levels = claimedLevels(outcome.factors, answers);
  const whatIf = useWhatIf(outcome.scheme.id, levels, true);
  const disputed = outcome.factors.filter((f) => answers.disputed.includes(f.code));

  const submit = () =>
    form.run(async () => {
      const saved = await lodge.mutateAsync(toAppealInput(answers));
      navigate(`/appeals/${saved.record.id}`);
    });

  return (
    <>
      <ErrorSummary items={form.errors.summary} />
      <h1 className="govuk-heading-l">{TITLES.check}</h1>
      <dl className="govuk-summary-list" data-testid="check-answers">
        <Answer label="Outcome" value={`${outcome.title}: ${outcome.total} points, ${outcome.bandName}`} change={() => goTo('outcome')} />
        <Answer label="Members" value={answers.members.join(', ')} change={() => goTo('people')} />
        {disputed.map((f) => (
          <Answer
            key={f.code}
            label={f.name}
            value={`Level ${answers.claims[f.code]?.level} claimed (awarded level ${f.level})${answers.claims[f.code]?.evidence ? `. ${answers.claims[f.code]?.evidence}` : ''}`}
            change={() => goTo('factors')}
          />
        ))}
      </dl>
      <h2 className="govuk-heading-m">What the claim would mean</h2>
      {whatIf.data ? (
        <table className="govuk-table" data-testid="what-if-table">
          <caption className="govuk-table__caption govuk-visually-hidden">The outcome and the claim side by side</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <td className="govuk-table__header" />
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Points
              </th>
              <th scope="col" className="govuk-table__header">
                Band
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                Awarded
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{outcome.total}</td>
              <td className="govuk-table__cell">{outcome.bandName}</td>
            </tr>
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                Claimed
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{whatIf.data.total}</td>
              <td className="govuk-table__cell">{whatIf.data.bandName ?? 'In no band of this scheme'}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <QueryState isPending={whatIf.isPending} error={whatIf.error} />
      )}
      {whatIf.data && <p className="govuk-body">{differenceText(whatIf.data.total - outcome.total)}.</p>}
      <h2 className="govuk-heading-m">Now lodge the appeal</h2>
      <p className="govuk-body">By lodging the appeal you confirm the members have asked for it. HR must acknowledge it within 10 working days.</p>
      <button type="button" className="govuk-button" data-module="govuk-button" disabled={form.submitting} onClick={() => void submit()}>
        Lodge the appeal
      </button>
    </>
  );
}

function Answer({ label, value, change }: { label: string; value: string; change: () => void }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
      <dd className="govuk-summary-list__actions">
        <a
          className="govuk-link"
          href="#change"
          onClick={(event) => {
            event.preventDefault();
            change();
          }}
        >
          Change<span className="govuk-visually-hidden"> {label.toLowerCase()}</span>
        </a>
      </dd>
    </div>
  );
}
