import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

interface ConfirmActionProps {
  /** "Are you sure you want to publish the outcome?" */
  heading: string;
  caption?: string;
  /** What will happen, and what cannot be undone. */
  warning: string;
  confirmText: string;
  cancelHref: string;
  cancelText?: string;
  busy: boolean;
  onConfirm: () => void;
  children?: ReactNode;
}

/** A GOV.UK confirmation page for an action that cannot be undone: what it does, a warning, and a way back. */
export function ConfirmAction({ heading, caption, warning, confirmText, cancelHref, cancelText = 'Cancel', busy, onConfirm, children }: ConfirmActionProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {caption && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-l">{heading}</h1>
        {children}
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {warning}
          </strong>
        </div>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={busy} onClick={onConfirm}>
            {confirmText}
          </button>
          <Link className="govuk-link" to={cancelHref}>
            {cancelText}
          </Link>
        </div>
      </div>
    </div>
  );
}
