import { type FormEvent, useState } from 'react';
import { Checkboxes } from '../../components/Checkboxes';
import type { FormErrors } from '../../forms/formErrors';
import type { Person } from '../../generated/api';
import { HOLDERS_INPUT_ID, holderChoices } from './holders';

interface PostHoldersFormProps {
  holders: Person[];
  staff: Person[];
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (userIds: string[]) => void;
}

/** Who holds the post: holders may ask for the role to be evaluated and never sit on its panel. */
export function PostHoldersForm({ holders, staff, errors, submitting, onSubmit }: PostHoldersFormProps) {
  const [selected, setSelected] = useState(() => holders.map((holder) => holder.id));
  const choices = holderChoices(staff, holders);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(selected);
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="post-holders-heading">
      {choices.length === 0 ? (
        <p className="govuk-body">There are no staff users to choose from.</p>
      ) : (
        <Checkboxes
          id={HOLDERS_INPUT_ID}
          legend="Staff who hold this post"
          hint="Select everyone who holds this post"
          values={selected}
          onChange={setSelected}
          error={errors.byInputId[HOLDERS_INPUT_ID]}
          items={choices.map((person) => ({ value: person.id, text: person.displayName, hint: person.username }))}
        />
      )}
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={submitting}>
        Save post holders
      </button>
    </form>
  );
}
