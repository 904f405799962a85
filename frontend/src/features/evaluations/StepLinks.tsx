import { Link } from 'react-router-dom';

interface StepLink {
  href: string;
  label: string;
}

interface StepLinksProps {
  previous?: StepLink;
  next?: StepLink;
}

/** GOV.UK block pagination between factors: "Previous factor" and "Next factor", each with the factor's name. */
export function StepLinks({ previous, next }: StepLinksProps) {
  if (!previous && !next) {
    return null;
  }
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Previous and next factor">
      {previous && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={previous.href} rel="prev">
            <span className="govuk-pagination__link-title">Previous factor</span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{previous.label}</span>
          </Link>
        </div>
      )}
      {next && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={next.href} rel="next">
            <span className="govuk-pagination__link-title">Next factor</span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{next.label}</span>
          </Link>
        </div>
      )}
    </nav>
  );
}
