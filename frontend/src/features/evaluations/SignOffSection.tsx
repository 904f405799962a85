import { formatTimestamp } from '../../format/dates';
import type { Evaluation } from '../../generated/api';
import { SIDE_LABELS } from './labels';

interface SignOffSectionProps {
  evaluation: Evaluation;
  myId?: string;
  busy: boolean;
  onSignOff: () => void;
}

/** Who has signed off the agreed levels and when; the member's own sign-off, once every level is agreed. */
export function SignOffSection({ evaluation, myId, busy, onSignOff }: SignOffSectionProps) {
  const complete = evaluation.factorCount > 0 && evaluation.agreedLevels.length >= evaluation.factorCount;
  const signedByMe = evaluation.signOffs.some((signOff) => signOff.userId === myId);
  const maySign = evaluation.status === 'IN_PANEL' && evaluation.onMyPanel === true && complete && !signedByMe;
  return (
    <section aria-labelledby="sign-off-heading" id="sign-off" tabIndex={-1}>
      <h2 className="govuk-heading-m" id="sign-off-heading">
        Sign-offs
      </h2>
      <p className="govuk-body">
        A management-side member, a staff-side member and the chair each sign off the agreed levels before the outcome is
        published. Changing any agreed level withdraws every sign-off.
      </p>
      {evaluation.signOffs.length === 0 ? (
        <p className="govuk-body" data-testid="sign-offs">
          Nobody has signed off the agreed levels yet.
        </p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" data-testid="sign-offs">
          {evaluation.signOffs.map((signOff) => (
            <li key={signOff.userId}>
              {signOff.displayName} ({SIDE_LABELS[signOff.side].toLowerCase()}
              {signOff.chair ? ', chair' : ''}) signed off on {formatTimestamp(signOff.signedAt)}
            </li>
          ))}
        </ul>
      )}
      {maySign && (
        <>
          <p className="govuk-body">Sign off only when you agree with every level and rationale as they stand.</p>
          <button type="button" className="govuk-button" data-module="govuk-button" disabled={busy} onClick={onSignOff}>
            Sign off the agreed levels
          </button>
        </>
      )}
      {evaluation.onMyPanel && !complete && evaluation.status === 'IN_PANEL' && (
        <p className="govuk-body">You can sign off once every factor has an agreed level.</p>
      )}
      {signedByMe && !evaluation.signOffComplete && <p className="govuk-body">You have signed off. The outcome waits for the other sign-offs.</p>}
    </section>
  );
}
