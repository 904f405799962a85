/** The GOV.UK success notification banner, announced when it appears; nothing when there is no message. */
export function SuccessBanner({ message, children }: { message?: string; children?: React.ReactNode }) {
  if (!message) {
    return null;
  }
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
        {children}
      </div>
    </div>
  );
}
