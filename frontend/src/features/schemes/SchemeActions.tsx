import { Link, useNavigate } from 'react-router-dom';
import { ButtonLink } from '../../components/ButtonLink';
import type { Scheme } from '../../generated/api';
import { useChangeSchemeStatus, useStartSchemeVersion } from './mutations';
import { schemePaths } from './paths';

interface SchemeActionsProps {
  scheme: Scheme;
  etag: string;
  busy: boolean;
  /** Runs a change and shows its failure (409 message, 412 warning) on the page. */
  run: (change: () => Promise<void>) => Promise<void>;
  onDone: (message: string) => void;
}

/** What an HR admin can do with a scheme version: copy it to a new draft, edit a draft, activate or retire it. */
export function SchemeActions({ scheme, etag, busy, run, onDone }: SchemeActionsProps) {
  const navigate = useNavigate();
  const startVersion = useStartSchemeVersion();
  const changeStatus = useChangeSchemeStatus(scheme.id);
  const editable = scheme.status === 'DRAFT' && !scheme.inUse;

  const startNewVersion = () =>
    run(async () => {
      const draft = await startVersion.mutateAsync(scheme.id);
      navigate(schemePaths.edit(draft.id));
    });
  const activate = () =>
    run(async () => {
      await changeStatus.mutateAsync({ etag, status: 'ACTIVE' });
      onDone(`${scheme.name} version ${scheme.version} is now active`);
    });

  return (
    <div className="govuk-button-group">
      {editable && <ButtonLink to={schemePaths.edit(scheme.id)} text="Edit" />}
      {scheme.status === 'DRAFT' && (
        <button type="button" className="govuk-button" data-module="govuk-button" disabled={busy} onClick={activate}>
          Activate
        </button>
      )}
      {scheme.status === 'ACTIVE' && (
        <Link to={schemePaths.retire(scheme.id)} role="button" draggable={false} className="govuk-button govuk-button--warning" data-module="govuk-button">
          Retire
        </Link>
      )}
      <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={busy} onClick={startNewVersion}>
        Start a new version
      </button>
    </div>
  );
}
