import { type FormEvent, useState } from 'react';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { clientErrors, type FormErrors, hasErrors } from '../../forms/formErrors';
import { type EvaluationDecision, EvaluationDecisionDecisionEnum, Priority } from '../../generated/api';
import { PRIORITY_LABELS } from './labels';

interface DecisionFormProps {
  errors: FormErrors;
  submitting: boolean;
  onSubmit: (decision: EvaluationDecision) => void;
  onClientErrors: (errors: FormErrors) => void;
}

type Choice = '' | EvaluationDecisionDecisionEnum;

/** Accept a request with a priority, or reject it with a reason. */
export function DecisionForm({ errors, submitting, onSubmit, onClientErrors }: DecisionFormProps) {
  const [decision, setDecision] = useState<Choice>('');
  const [priority, setPriority] = useState<Priority | ''>('');
  const [reason, setReason] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = clientErrors([
      ...(decision === '' ? [['decision', 'Select whether to accept or reject the request'] as [string, string]] : []),
      ...(decision === 'ACCEPT' && priority === '' ? [['priority', 'Select a priority'] as [string, string]] : []),
      ...(decision === 'REJECT' && reason.trim() === '' ? [['reason', 'Enter why the request is rejected'] as [string, string]] : []),
    ]);
    if (hasErrors(problems) || decision === '') {
      onClientErrors(problems);
      return;
    }
    onSubmit(
      decision === 'ACCEPT'
        ? { decision, priority: priority as Priority, reason: reason.trim() || undefined }
        : { decision, reason: reason.trim() },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="decision-heading">
      <h2 className="govuk-heading-m" id="decision-heading">
        Decide the request
      </h2>
      <Radios
        id="decision"
        legend="Accept or reject this request?"
        value={decision}
        onChange={(value) => setDecision(value as Choice)}
        error={errors.byInputId.decision}
        items={[
          { value: EvaluationDecisionDecisionEnum.Accept, text: 'Accept', hint: 'The job description goes under evaluation' },
          { value: EvaluationDecisionDecisionEnum.Reject, text: 'Reject' },
        ]}
      />
      {decision === 'ACCEPT' && (
        <Radios
          id="priority"
          legend="Priority"
          hint="P1 requests have a shorter target for the outcome"
          value={priority}
          onChange={(value) => setPriority(value as Priority)}
          error={errors.byInputId.priority}
          items={Object.values(Priority).map((value) => ({ value, text: PRIORITY_LABELS[value] }))}
        />
      )}
      {decision === 'REJECT' && (
        <Textarea
          id="reason"
          label="Why is the request rejected?"
          hint="The person who asked, and the holders of the post, see this reason. You confirm the rejection on the next page."
          value={reason}
          onChange={setReason}
          error={errors.byInputId.reason}
        />
      )}
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={submitting}>
        {decision === 'REJECT' ? 'Continue' : 'Save decision'}
      </button>
    </form>
  );
}
