import { Link, useLocation } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH } from '../auth/returnTo';
import { NotificationsLink } from '../features/notifications/NotificationsLink';
import type { Profile } from '../generated/api';
import { isCurrentSection, visibleNavItems } from './navigation';
import { useServiceInfo } from './serviceInfo';
import { SignOutButton } from './SignOutButton';

interface ServiceNavigationProps {
  profile: Profile | null | undefined;
}

/**
 * GOV.UK service navigation: service name, the sections the user's roles allow, and who is signed in. On a narrow
 * screen GOV.UK Frontend's JavaScript collapses the sections behind the "Menu" button (it shows the button and
 * hides the list); the section is re-created when the sections change, so that behaviour is set up afresh.
 */
export function ServiceNavigation({ profile }: ServiceNavigationProps) {
  const { pathname } = useLocation();
  const { serviceName } = useServiceInfo();
  const items = profile ? visibleNavItems(profile.roles) : [];
  return (
    <section
      key={items.map((item) => item.href).join(' ')}
      aria-label="Service information"
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container app-service-navigation__row">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link to="/" className="govuk-service-navigation__link">
              {serviceName}
            </Link>
          </span>
          {items.length > 0 && (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls="navigation"
                hidden
              >
                Menu
              </button>
              <ul className="govuk-service-navigation__list" id="navigation">
                {items.map((item) => {
                  const current = isCurrentSection(item, pathname);
                  return (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link
                        className="govuk-service-navigation__link"
                        to={item.href}
                        aria-current={current ? 'page' : undefined}
                      >
                        {current ? (
                          <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                        ) : (
                          item.text
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
        </div>
        {profile && (
          <div className="app-signed-in">
            <span className="govuk-body-s app-signed-in__name" data-testid="signed-in-user">
              {profile.displayName}
            </span>
            <NotificationsLink enabled={!profile.mustChangePassword} />
            <Link className="govuk-link govuk-body-s app-signed-in__account" to={CHANGE_PASSWORD_PATH}>
              Change your password
            </Link>
            <SignOutButton />
          </div>
        )}
      </div>
    </section>
  );
}
