import { Link } from 'react-router-dom';
import { LICENCE_LOGO_PATH } from './licenceLogoPath';
import { useServiceInfo } from './serviceInfo';

export const FOOTER_LINKS = [
  { text: 'Help signing in', href: '/help/sign-in' },
  { text: 'Accessibility statement', href: '/accessibility' },
  { text: 'Privacy notice', href: '/privacy' },
  { text: 'Cookies', href: '/cookies' },
] as const;

export function Footer() {
  const { organisationName, serviceName } = useServiceInfo();
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {FOOTER_LINKS.map((link) => (
                <li className="govuk-footer__inline-list-item" key={link.href}>
                  <Link className="govuk-footer__link" to={link.href}>
                    {link.text}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="govuk-body-s app-footer__service">
              {serviceName} is run by {organisationName}.
            </p>
            <svg
              aria-hidden="true"
              focusable="false"
              className="govuk-footer__licence-logo"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 483.2 195.7"
              height="17"
              width="41"
            >
              <path fill="currentColor" d={LICENCE_LOGO_PATH} />
            </svg>
            <span className="govuk-footer__licence-description">
              All content is available under the{' '}
              <a
                className="govuk-footer__link"
                href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                rel="license"
              >
                Open Government Licence v3.0
              </a>
              , except where otherwise stated
            </span>
          </div>
        </div>
      </div>
    </footer>
  );
}
