import { GovukLogo } from './GovukLogo';

export function Header() {
  return (
    <header className="govuk-header" data-module="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <a href="/" className="govuk-header__link govuk-header__link--homepage">
            <GovukLogo />
          </a>
        </div>
      </div>
    </header>
  );
}
