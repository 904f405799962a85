import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { setUnauthorizedHandler } from '../api/client';
import { signInPathFor } from '../auth/returnTo';
import { currentUserKey, useCurrentUser } from '../auth/session';
import { Footer } from './Footer';
import { useGovukFrontend } from './govukFrontend';
import { Header } from './Header';
import { PhaseBanner } from './PhaseBanner';
import { ServiceNavigation } from './ServiceNavigation';
import { useQueryClient } from '@tanstack/react-query';

/** Moves focus to the page's h1 (or main) after an in-app navigation, as a full page load would. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
    if (target) {
      target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [pathname]);
}

function useUnauthorizedRedirect() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      queryClient.setQueryData(currentUserKey, null);
      navigate(signInPathFor(window.location.pathname + window.location.search), { replace: true });
    });
  }, [navigate, queryClient]);
}

export function Layout() {
  const { data: profile } = useCurrentUser();
  useFocusOnNavigation();
  useUnauthorizedRedirect();
  useGovukFrontend();
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <Header />
      <ServiceNavigation profile={profile} />
      <div className="govuk-width-container">
        <PhaseBanner />
        <main className="govuk-main-wrapper" id="main-content" role="main">
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}
