import { type FormEvent, useState } from 'react';
import { Select } from '../../components/Select';
import type { FormErrors } from '../../forms/formErrors';
import type { Factor } from '../../generated/api';
import { pointsText } from './labels';
import { provisionalLevelId } from './paths';

interface ProvisionalLevelsFormProps {
  factors: Factor[];
  /** The signed-in member's levels recorded so far, by factor code. */
  initial: Record<string, number>;
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (levels: Record<string, number>) => void;
}

/** A panel member's own provisional level per factor, before the panel agrees; factors left blank are not sent. */
export function ProvisionalLevelsForm({ factors, initial, errors, submitting, onSubmit }: ProvisionalLevelsFormProps) {
  const [levels, setLevels] = useState<Record<string, string>>(
    Object.fromEntries(factors.map((factor) => [factor.code, initial[factor.code] === undefined ? '' : String(initial[factor.code])])),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(Object.entries(levels).filter(([, level]) => level !== '').map(([code, level]) => [code, Number(level)])));
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="provisional-heading">
      <h2 className="govuk-heading-m" id="provisional-heading">
        Your provisional levels
      </h2>
      <p className="govuk-body">Record the level you would give each factor before the panel discusses it. Only the panel and HR see these.</p>
      {factors.map((factor) => (
        <Select
          key={factor.code}
          id={provisionalLevelId(factor.code)}
          label={factor.name}
          value={levels[factor.code] ?? ''}
          onChange={(level) => setLevels((current) => ({ ...current, [factor.code]: level }))}
          error={errors.byInputId[provisionalLevelId(factor.code)]}
          options={[
            { value: '', text: 'Not recorded' },
            ...[...factor.levels]
              .sort((a, b) => a.level - b.level)
              .map((option) => ({ value: String(option.level), text: `Level ${option.level} (${pointsText(option.points)})` })),
          ]}
        />
      ))}
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
        Save my provisional levels
      </button>
    </form>
  );
}
