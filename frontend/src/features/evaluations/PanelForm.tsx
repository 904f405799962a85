import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { describedBy, formGroupClass } from '../../components/fieldClasses';
import { clientErrors, type FormErrors, hasErrors } from '../../forms/formErrors';
import { PanelSide, type SchemeRef } from '../../generated/api';
import { ROLE_LABELS } from '../../auth/roles';
import { SIDE_LABELS } from './labels';
import { candidateInputId, candidateSideId, type PanelCandidate, type PanelFormValues } from './panelForm';

interface PanelFormProps {
  initial: PanelFormValues;
  schemes: SchemeRef[];
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (values: PanelFormValues) => void;
  onClientErrors: (errors: FormErrors) => void;
}

const MEMBERS_HINT =
  'At least 3 people, with at least one from management and one from the staff side. Nobody who holds the post can sit.';

/** Choose the scheme, who sits and for which side, and who chairs. The panel rules are the server's to enforce. */
export function PanelForm({ initial, schemes, errors, submitting, onSubmit, onClientErrors }: PanelFormProps) {
  const [values, setValues] = useState(initial);
  const updateCandidate = (index: number, change: Partial<PanelCandidate>) =>
    setValues((current) => ({
      ...current,
      candidates: current.candidates.map((candidate, at) => (at === index ? { ...candidate, ...change } : candidate)),
    }));
  const sitting = values.candidates.filter((candidate) => candidate.sits);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = clientErrors(values.schemeId === '' ? [['schemeId', 'Select the scheme the panel scores against']] : []);
    if (hasErrors(problems)) {
      onClientErrors(problems);
      return;
    }
    onSubmit(values);
  };

  return (
    <form noValidate onSubmit={submit}>
      <Select
        id="schemeId"
        label="Scheme"
        value={values.schemeId}
        onChange={(schemeId) => setValues((current) => ({ ...current, schemeId }))}
        error={errors.byInputId.schemeId}
        options={[
          { value: '', text: 'Select a scheme' },
          ...schemes.map((scheme) => ({ value: scheme.id, text: schemeOptionText(scheme) })),
        ]}
      />
      <div className={formGroupClass(errors.byInputId.members)}>
        <fieldset className="govuk-fieldset" aria-describedby={describedBy('members-group', MEMBERS_HINT, errors.byInputId.members)}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Panel members</legend>
          <div id="members-group-hint" className="govuk-hint">
            {MEMBERS_HINT}
          </div>
          <ErrorMessage id="members-group-error" message={errors.byInputId.members} />
          {values.candidates.map((candidate, index) => (
            <CandidateRow key={candidate.userId} candidate={candidate} index={index} errors={errors} onChange={(change) => updateCandidate(index, change)} />
          ))}
        </fieldset>
      </div>
      <Radios
        id="chair"
        legend="Who chairs the panel?"
        hint={sitting.length === 0 ? 'Choose the members first' : undefined}
        value={values.chairId}
        onChange={(chairId) => setValues((current) => ({ ...current, chairId }))}
        error={errors.byInputId.chair}
        items={sitting.map((candidate) => ({ value: candidate.userId, text: candidate.displayName }))}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
        Save the panel
      </button>
    </form>
  );
}

function schemeOptionText(scheme: SchemeRef): string {
  const marked = scheme.illustrative && !/illustrative/i.test(scheme.name);
  return `${scheme.name}, version ${scheme.version}${marked ? ' (illustrative)' : ''}`;
}

interface CandidateRowProps {
  candidate: PanelCandidate;
  index: number;
  errors: FormErrors;
  onChange: (change: Partial<PanelCandidate>) => void;
}

function CandidateRow({ candidate, index, errors, onChange }: CandidateRowProps) {
  const inputId = candidateInputId(index);
  const sideId = candidateSideId(index);
  const hint = [...candidate.roles.map((role) => ROLE_LABELS[role]), candidate.union].filter(Boolean).join(', ');
  // the panel-wide error is shown once, above the people, not again at the first person
  const error = index === 0 ? undefined : errors.byInputId[inputId];
  return (
    <div className="app-panel-candidate" data-user-id={candidate.userId} data-username={candidate.username}>
      <div className={formGroupClass(error, 'govuk-!-margin-bottom-2')}>
        <ErrorMessage id={`${inputId}-error`} message={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={inputId}
              name="members"
              type="checkbox"
              value={candidate.userId}
              checked={candidate.sits}
              aria-describedby={describedBy(inputId, hint, error)}
              onChange={(event) => onChange({ sits: event.target.checked })}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
              {candidate.displayName} sits on the panel
            </label>
            {hint && (
              <div id={`${inputId}-hint`} className="govuk-hint govuk-checkboxes__hint">
                {hint}
              </div>
            )}
          </div>
        </div>
      </div>
      {candidate.sits && (
        <Radios
          id={sideId}
          legend={`${candidate.displayName}’s side`}
          inline
          value={candidate.side}
          onChange={(side) => onChange({ side: side as PanelSide })}
          error={errors.byInputId[sideId]}
          items={Object.values(PanelSide).map((side) => ({ value: side, text: SIDE_LABELS[side] }))}
        />
      )}
    </div>
  );
}
