import { Link } from 'react-router-dom';
import { useServiceInfo } from './serviceInfo';

/**
 * The header names the organisation that runs the service (configured on the server). It carries no GOV.UK crown
 * or logotype: those are only for services on GOV.UK. The service's own name is in the service navigation below.
 */
export function Header() {
  const { organisationName } = useServiceInfo();
  return (
    <header className="govuk-header app-header" data-module="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <Link to="/" className="govuk-header__link govuk-header__link--homepage">
            <span className="app-header__organisation" data-testid="organisation-name">
              {organisationName}
            </span>
          </Link>
        </div>
      </div>
    </header>
  );
}
