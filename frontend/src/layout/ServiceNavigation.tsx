import { Link, useLocation } from 'react-router-dom';
import type { Profile } from '../generated/api';
import { isCurrentSection, visibleNavItems } from './navigation';
import { SignOutButton } from './SignOutButton';

interface ServiceNavigationProps {
  profile: Profile | null | undefined;
}

/** GOV.UK service navigation: service name, the sections the user's roles allow, and who is signed in. */
export function ServiceNavigation({ profile }: ServiceNavigationProps) {
  const { pathname } = useLocation();
  const items = profile ? visibleNavItems(profile.roles) : [];
  return (
    <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container app-service-navigation__row">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link to={profile ? '/pay-bands' : '/sign-in'} className="govuk-service-navigation__link">
              Bandwise
            </Link>
          </span>
          {items.length > 0 && (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
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
            <SignOutButton />
          </div>
        )}
      </div>
    </section>
  );
}
