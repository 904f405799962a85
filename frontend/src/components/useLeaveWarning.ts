import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * Unsaved work is not lost silently: while `dirty`, following a link within the app is held back (the page shows
 * a warning with the way it was going), and closing or reloading the tab asks the browser's own question.
 */
export function useLeaveWarning(dirty: boolean) {
  const navigate = useNavigate();
  const [pendingHref, setPendingHref] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!dirty) {
      return undefined;
    }
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || anchor.hasAttribute('data-leave-anyway')) {
        return;
      }
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search && url.hash !== '')) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      setPendingHref(url.pathname + url.search + url.hash);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);

  return {
    /** Where the user tried to go while there were unsaved changes. */
    pendingHref: dirty ? pendingHref : undefined,
    stay: () => setPendingHref(undefined),
    leave: () => {
      const href = pendingHref;
      setPendingHref(undefined);
      if (href) {
        navigate(href);
      }
    },
  };
}
