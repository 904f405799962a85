import { initAll } from 'govuk-frontend';
import { useEffect } from 'react';

/** Errors GOV.UK Frontend reports that are expected here, not faults. */
const EXPECTED = new Set([
  // an element that already has its behaviour: re-running after a change skips it
  'InitError',
  // the browser (or jsdom in unit tests) does not support GOV.UK Frontend's JavaScript: the markup still works
  'SupportError',
]);

/** Gives every not-yet-initialised `data-module` element in the scope its GOV.UK Frontend behaviour. */
export function initGovukFrontend(scope: Element | Document = document): void {
  initAll({
    scope,
    onError: (error) => {
      if (!(error instanceof Error) || !EXPECTED.has(error.name)) {
        console.error(error);
      }
    },
  });
}

function addsModules(records: MutationRecord[]): boolean {
  return records.some((record) =>
    Array.from(record.addedNodes).some(
      (node) => node instanceof Element && (node.matches('[data-module]') || node.querySelector('[data-module]') !== null),
    ),
  );
}

/**
 * Initialises GOV.UK Frontend's JavaScript once for the app, then again (once per frame at most) whenever React
 * adds elements with a `data-module` — after a route change or when a page's data arrives. Elements already
 * initialised are skipped by GOV.UK Frontend itself, so re-running is safe.
 */
export function useGovukFrontend(): void {
  useEffect(() => {
    initGovukFrontend();
    let frame = 0;
    const observer = new MutationObserver((records) => {
      if (frame === 0 && addsModules(records)) {
        frame = window.requestAnimationFrame(() => {
          frame = 0;
          initGovukFrontend();
        });
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame !== 0) {
        window.cancelAnimationFrame(frame);
      }
    };
  }, []);
}
