import { type FormEvent, useState } from 'react';
import { SingleCheckbox } from '../../components/Checkboxes';
import { TextInput } from '../../components/TextInput';
import { clientErrors, type FormErrors } from '../../forms/formErrors';
import type { JobDescriptionCreate } from '../../generated/api';
import { checkJdContent, emptyJdContent } from './jdContentForm';
import { JdContentFields } from './JdContentFields';

const REFERENCE = /^[A-Z0-9][A-Z0-9-]*$/;

interface NewJobDescriptionFormProps {
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (create: JobDescriptionCreate) => void;
  onClientErrors: (errors: FormErrors) => void;
}

export function NewJobDescriptionForm({ errors, submitting, onSubmit, onClientErrors }: NewJobDescriptionFormProps) {
  const [reference, setReference] = useState('');
  const [benchmark, setBenchmark] = useState(false);
  const [content, setContent] = useState(emptyJdContent);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Array<[string, string]> = [];
    const ref = reference.trim();
    if (ref === '') {
      problems.push(['reference', 'Enter a reference, like INT-IF-001']);
    } else if (!REFERENCE.test(ref)) {
      problems.push(['reference', 'Reference must only include capital letters, numbers and hyphens, like INT-IF-001']);
    } else if (ref.length < 2 || ref.length > 30) {
      problems.push(['reference', 'Reference must be between 2 and 30 characters']);
    }
    const check = checkJdContent(content);
    if (!check.ok) problems.push(...check.problems);
    if (problems.length > 0 || !check.ok) {
      onClientErrors(clientErrors(problems));
      return;
    }
    onSubmit({ reference: reference.trim(), benchmark, content: check.content });
  };

  return (
    <form noValidate onSubmit={submit}>
      <TextInput
        id="reference"
        label="Reference"
        hint="Capital letters, digits and hyphens, like INT-IF-001"
        value={reference}
        onChange={(value) => setReference(value.toUpperCase())}
        error={errors.byInputId.reference}
        widthClass="govuk-input--width-20"
        spellCheck={false}
      />
      <SingleCheckbox
        id="benchmark"
        legend="Benchmark"
        label="Use as a benchmark"
        hint="Benchmark job descriptions are shown beside every consistency check"
        checked={benchmark}
        onChange={setBenchmark}
        error={errors.byInputId.benchmark}
      />
      <JdContentFields values={content} errors={errors} onChange={setContent} />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
        Create job description
      </button>
    </form>
  );
}
