import { useEffect, useRef } from 'react';

interface UnsavedChangesWarningProps {
  /** What has not been saved, e.g. "the level and rationale for working conditions". */
  what: string;
  onStay: () => void;
  onLeave: () => void;
}

/** Shown when the user tries to leave a form with changes they have not saved; takes focus so it is announced. */
export function UnsavedChangesWarning({ what, onStay, onLeave }: UnsavedChangesWarningProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={box} tabIndex={-1} data-testid="unsaved-changes">
      <div role="alert">
        <h2 className="govuk-error-summary__title">You have not saved your changes</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">You changed {what} but have not saved it. If you leave this page now, the change is lost.</p>
          <div className="govuk-button-group app-no-margin">
            <button type="button" className="govuk-button app-no-margin" data-module="govuk-button" onClick={onStay}>
              Stay on this page
            </button>
            <button type="button" className="govuk-button govuk-button--secondary app-no-margin" data-module="govuk-button" onClick={onLeave}>
              Leave without saving
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
