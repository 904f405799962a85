import { type FormEvent, useState } from 'react';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { clientErrors, type FormErrors, hasErrors } from '../../forms/formErrors';
import type { AgreedLevel, Factor, MemberLevel, Scheme } from '../../generated/api';
import { pointsText } from './labels';
import { RunningScorePanel } from './RunningScorePanel';
import type { ChosenLevels } from './runningScore';
import { useRunningScore } from './useRunningScore';

export interface AgreedLevelValues {
  level: number;
  rationale: string;
}

interface ScoringStepProps {
  scheme: Scheme;
  factor: Factor;
  /** This factor's agreed level, when the panel has already recorded one. */
  agreed?: AgreedLevel;
  /** The agreed levels of every factor, for the running score. */
  agreedLevels: ChosenLevels;
  /** What members recorded provisionally for this factor. */
  provisional: MemberLevel[];
  errors: FormErrors;
  submitting: boolean;
  onSave: (values: AgreedLevelValues) => void;
  onClientErrors: (errors: FormErrors) => void;
  /** The factor list and the previous/next links, shown beside and below the form. */
  sidebar?: React.ReactNode;
  footer?: React.ReactNode;
}

/** One factor: its levels' descriptors as radios, the rationale, and the running score as the level changes. */
export function ScoringStep({ scheme, factor, agreed, agreedLevels, provisional, errors, submitting, onSave, onClientErrors, sidebar, footer }: ScoringStepProps) {
  const [level, setLevel] = useState(agreed ? String(agreed.level) : '');
  const [rationale, setRationale] = useState(agreed?.rationale ?? '');
  const chosen = level === '' ? withoutFactor(agreedLevels, factor.code) : { ...agreedLevels, [factor.code]: Number(level) };
  const score = useRunningScore(scheme, chosen);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = clientErrors([
      ...(level === '' ? [['level', `Select the level the panel agreed for ${factor.name.toLowerCase()}`] as [string, string]] : []),
      ...(rationale.trim() === '' ? [['rationale', 'Enter the rationale for the level'] as [string, string]] : []),
    ]);
    if (hasErrors(problems)) {
      onClientErrors(problems);
      return;
    }
    onSave({ level: Number(level), rationale: rationale.trim() });
  };

  return (
    <div className="govuk-grid-row" data-factor-code={factor.code}>
      <div className="govuk-grid-column-two-thirds">
        {factor.description && <p className="govuk-body-l">{factor.description}</p>}
        {provisional.length > 0 && (
          <div className="govuk-inset-text" data-testid="provisional-hint">
            <p className="govuk-body govuk-!-margin-bottom-1">Provisional levels recorded by members:</p>
            <ul className="govuk-list">
              {provisional.map((member) => (
                <li key={member.userId}>
                  {member.displayName}: level {member.level}
                </li>
              ))}
            </ul>
          </div>
        )}
        <form noValidate onSubmit={submit}>
          <Radios
            id="level"
            legend={`Agreed level for ${factor.name.toLowerCase()}`}
            value={level}
            onChange={setLevel}
            error={errors.byInputId.level}
            items={[...factor.levels]
              .sort((a, b) => a.level - b.level)
              .map((option) => ({
                value: String(option.level),
                text: `Level ${option.level} – ${pointsText(option.points)}`,
                hint: option.descriptor,
              }))}
          />
          <Textarea
            id="rationale"
            label="Rationale"
            hint="Why the panel agreed this level. It is published with the outcome."
            value={rationale}
            onChange={setRationale}
            error={errors.byInputId.rationale}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
            Save and continue
          </button>
        </form>
        {footer}
      </div>
      <div className="govuk-grid-column-one-third">
        <RunningScorePanel score={score} />
        {sidebar}
      </div>
    </div>
  );
}

function withoutFactor(levels: ChosenLevels, factorCode: string): ChosenLevels {
  const rest = { ...levels };
  delete rest[factorCode];
  return rest;
}
