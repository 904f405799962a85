import { useEffect, useRef } from 'react';

export const CONCURRENT_CHANGE_MESSAGE =
  'Someone else changed this record while you were editing it. Your changes have not been saved. ' +
  'Reload the page to see the latest version, then make your changes again.';

interface ConcurrencyWarningProps {
  onReload: () => void;
}

/** Shown when a change is refused with 412: the record moved on since it was read. */
export function ConcurrencyWarning({ onReload }: ConcurrencyWarningProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, []);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">Your changes have not been saved</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{CONCURRENT_CHANGE_MESSAGE}</p>
          <button type="button" className="govuk-button govuk-button--secondary app-no-margin" onClick={onReload}>
            Reload the latest version
          </button>
        </div>
      </div>
    </div>
  );
}
