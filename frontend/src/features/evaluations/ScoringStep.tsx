import { type FormEvent, useEffect, useState } from 'react';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { clientErrors, type FormErrors, hasErrors } from '../../forms/formErrors';
import type { Evaluation, Factor, MemberLevel, Scheme } from '../../generated/api';
import { useScorePreview } from '../schemes/queries';
import { pointsText } from './labels';
import { RunningScorePanel } from './RunningScorePanel';
import { agreedLevelMap, completeSet, sameLevels, scoreViewOf, type ScoreView } from './scoreView';

export interface AgreedLevelValues {
  level: number;
  rationale: string;
}

interface ScoringStepProps {
  evaluation: Evaluation;
  scheme: Scheme;
  factor: Factor;
  /** What members recorded provisionally for this factor, as the server lets this member see them. */
  provisional: MemberLevel[];
  /** Other members' levels kept hidden until this member records their own. */
  hiddenLevels: number;
  errors: FormErrors;
  submitting: boolean;
  onSave: (values: AgreedLevelValues) => void;
  onClientErrors: (errors: FormErrors) => void;
  /** Told whenever the level or rationale on the page differs from what is saved. */
  onDirtyChange?: (dirty: boolean) => void;
  /** The factor list and the JD, shown beside the form; the previous/next links below it. */
  sidebar?: React.ReactNode;
  footer?: React.ReactNode;
}

/**
 * One factor: its levels' descriptors as radios, the rationale, and the score. The score comes from the server: the
 * saved running total, and when a choice completes (or changes) the set, the scheme's own scoring of it.
 */
export function ScoringStep({ evaluation, scheme, factor, provisional, hiddenLevels, errors, submitting, onSave, onClientErrors, onDirtyChange, sidebar, footer }: ScoringStepProps) {
  const agreed = evaluation.agreedLevels.find((candidate) => candidate.factorCode === factor.code);
  const [level, setLevel] = useState(agreed ? String(agreed.level) : '');
  const [rationale, setRationale] = useState(agreed?.rationale ?? '');
  const saved = agreedLevelMap(evaluation.agreedLevels);
  const chosen = level === '' ? saved : { ...saved, [factor.code]: Number(level) };
  const levelChanged = level !== '' && Number(level) !== agreed?.level;
  const dirty = levelChanged || rationale.trim() !== (agreed?.rationale ?? '').trim();
  const previewWanted = levelChanged && completeSet(scheme, chosen) && !sameLevels(chosen, saved);
  const preview = useScorePreview(scheme.id, chosen, previewWanted);

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const chosenLevel = factor.levels.find((candidate) => String(candidate.level) === level);
  const score: ScoreView = {
    ...scoreViewOf(evaluation),
    unsaved: levelChanged && chosenLevel ? { factorName: factor.name, level: chosenLevel.level, points: chosenLevel.points } : undefined,
  };
  if (previewWanted && preview.data && !preview.isPlaceholderData) {
    score.result = preview.data;
    score.resultIncludesUnsaved = true;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = clientErrors([
      ...(level === '' ? [['level', `Select the level the panel agreed for ${factor.name.toLowerCase()}`] as [string, string]] : []),
      ...(rationale.trim() === '' ? [['rationale', `Enter the panel’s rationale for the level of ${factor.name.toLowerCase()}`] as [string, string]] : []),
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
        {(provisional.length > 0 || hiddenLevels > 0) && (
          <div className="govuk-inset-text" data-testid="provisional-hint">
            {provisional.length > 0 && (
              <>
                <p className="govuk-body govuk-!-margin-bottom-1">Provisional levels recorded by members:</p>
                <ul className="govuk-list">
                  {provisional.map((member) => (
                    <li key={member.userId}>
                      {member.displayName}: level {member.level}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {hiddenLevels > 0 && (
              <p className="govuk-body govuk-!-margin-bottom-0">
                {hiddenLevels === 1 ? '1 other member has' : `${hiddenLevels} other members have`} recorded a provisional level for this factor. You
                see it once you have recorded your own.
              </p>
            )}
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
            hint="Why the panel agreed this level. It is published with the outcome. Changing a saved level or rationale withdraws every sign-off."
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
        <RunningScorePanel score={score} scheme={scheme} />
        {sidebar}
      </div>
    </div>
  );
}
