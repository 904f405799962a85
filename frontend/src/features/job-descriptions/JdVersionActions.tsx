import { ButtonLink } from '../../components/ButtonLink';
import type { JdStatus, JdVersion } from '../../generated/api';

interface JdVersionActionsProps {
  version: JdVersion;
  busy: boolean;
  onChangeStatus: (status: JdStatus) => void;
}

/** For HR: edit or submit a draft; take a submitted version back to draft while no evaluation is open for it. */
export function JdVersionActions({ version, busy, onChangeStatus }: JdVersionActionsProps) {
  if (version.status === 'DRAFT') {
    return (
      <div className="govuk-button-group">
        <ButtonLink to={`/jd-versions/${version.id}/edit`} text="Edit" secondary />
        <button type="button" className="govuk-button" data-module="govuk-button" disabled={busy} onClick={() => onChangeStatus('SUBMITTED')}>
          Submit for evaluation
        </button>
      </div>
    );
  }
  if (version.status === 'SUBMITTED' && !version.openEvaluationId) {
    return (
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={busy} onClick={() => onChangeStatus('DRAFT')}>
          Return to draft
        </button>
      </div>
    );
  }
  return null;
}
