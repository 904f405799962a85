import { type FormEvent, useState } from 'react';
import { schemesApi } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { useFormSubmit } from '../../forms/useFormSubmit';
import type { Scheme, ScoreResult } from '../../generated/api';
import { type ChosenLevels, checkChosenLevels, levelOptionText, levelSelectId, scoreFieldResolver } from './scoreForm';
import { ScoreResultPanel } from './ScoreResultPanel';

/** "Try a score": choose one level per factor and see the total and band; changes nothing. */
export function ScoreForm({ scheme }: { scheme: Pick<Scheme, 'id' | 'factors' | 'nearBoundaryPoints'> }) {
  const [chosen, setChosen] = useState<ChosenLevels>({});
  const [result, setResult] = useState<ScoreResult | undefined>();
  const form = useFormSubmit(scoreFieldResolver(scheme.factors.map((factor) => factor.code)));

  const choose = (factorCode: string, level: string) => {
    setChosen((current) => ({ ...current, [factorCode]: level }));
    setResult(undefined);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkChosenLevels(scheme.factors, chosen);
    if (!check.ok) {
      setResult(undefined);
      form.setErrors(check.errors);
      return;
    }
    await form.run(async () => {
      setResult(await schemesApi.scoreLevels({ schemeId: scheme.id, scoreRequest: { levels: check.levels } }));
    });
  };

  return (
    <section aria-labelledby="try-a-score-heading">
      <h2 className="govuk-heading-m" id="try-a-score-heading">
        Try a score
      </h2>
      <p className="govuk-body">Choose a level for every factor to see the total and the band. Nothing is saved.</p>
      <form noValidate onSubmit={submit} aria-label="Try a score">
        <ErrorSummary items={form.errors.summary} />
        {scheme.factors.map((factor) => (
          <Select
            key={factor.code}
            id={levelSelectId(factor.code)}
            label={factor.name}
            value={chosen[factor.code] ?? ''}
            onChange={(level) => choose(factor.code, level)}
            error={form.errors.byInputId[levelSelectId(factor.code)]}
            options={[
              { value: '', text: 'Select a level' },
              ...factor.levels.map((level) => ({ value: String(level.level), text: levelOptionText(level.level, level.points) })),
            ]}
          />
        ))}
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={form.submitting}>
          Score
        </button>
      </form>
      <div aria-live="polite">{result && <ScoreResultPanel result={result} nearBoundaryPoints={scheme.nearBoundaryPoints} />}</div>
    </section>
  );
}
