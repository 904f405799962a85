import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { schemesApi } from '../../api/client';
import { ButtonLink } from '../../components/ButtonLink';
import type { Scheme, SchemeStatus } from '../../generated/api';
import { schemeKeys } from './queries';

interface SchemeActionsProps {
  scheme: Scheme;
  etag: string;
  busy: boolean;
  /** Runs a change and shows its failure (409 message, 412 warning) on the page. */
  run: (change: () => Promise<void>) => Promise<void>;
}

/** What an HR admin can do with a scheme version: copy it to a new draft, edit a draft, activate or retire it. */
export function SchemeActions({ scheme, etag, busy, run }: SchemeActionsProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const editable = scheme.status === 'DRAFT' && !scheme.inUse;

  const startNewVersion = () =>
    run(async () => {
      const draft = await schemesApi.createSchemeVersion({ schemeId: scheme.id });
      await queryClient.invalidateQueries({ queryKey: schemeKeys.all });
      navigate(`/schemes/${draft.id}/edit`);
    });
  const changeStatus = (status: SchemeStatus) =>
    run(async () => {
      await schemesApi.changeSchemeStatus({ schemeId: scheme.id, ifMatch: etag, schemeStatusChange: { status } });
      await queryClient.invalidateQueries({ queryKey: schemeKeys.scheme(scheme.id) });
      await queryClient.invalidateQueries({ queryKey: schemeKeys.all });
    });

  return (
    <div className="govuk-button-group">
      {editable && <ButtonLink to={`/schemes/${scheme.id}/edit`} text="Edit" />}
      {scheme.status === 'DRAFT' && (
        <button type="button" className="govuk-button" data-module="govuk-button" disabled={busy} onClick={() => changeStatus('ACTIVE')}>
          Activate
        </button>
      )}
      {scheme.status === 'ACTIVE' && (
        <button type="button" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={busy} onClick={() => changeStatus('RETIRED')}>
          Retire
        </button>
      )}
      <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={busy} onClick={startNewVersion}>
        Start a new version
      </button>
    </div>
  );
}
