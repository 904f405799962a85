import type { FormEvent } from 'react';

interface BenchmarkFormProps {
  benchmark: boolean;
  submitting: boolean;
  onChange: (benchmark: boolean) => void;
}

/** Marks the JD as a benchmark (shown beside every consistency check), or stops doing so. */
export function BenchmarkForm({ benchmark, submitting, onChange }: BenchmarkFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(!benchmark);
  };
  return (
    <form noValidate onSubmit={submit}>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={submitting}>
        {benchmark ? 'Stop using as a benchmark' : 'Use as a benchmark'}
      </button>
    </form>
  );
}
