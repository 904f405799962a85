import { useEffect } from 'react';

export const SERVICE_NAME = 'Bandwise';

export function pageTitle(page: string, hasErrors = false): string {
  return `${hasErrors ? 'Error: ' : ''}${page} – ${SERVICE_NAME}`;
}

/** Sets document.title the GOV.UK way ("Error: " first when the page shows errors). */
export function usePageTitle(page: string, hasErrors = false): void {
  useEffect(() => {
    document.title = pageTitle(page, hasErrors);
  }, [page, hasErrors]);
}
