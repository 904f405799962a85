export const FEEDBACK_ADDRESS = 'mailto:bandwise-feedback@justice.gov.uk';

export function PhaseBanner() {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
        <span className="govuk-phase-banner__text">
          This is a new service. Your{' '}
          <a href={FEEDBACK_ADDRESS} className="govuk-link">
            feedback
          </a>{' '}
          will help us to improve it.
        </span>
      </p>
    </div>
  );
}
