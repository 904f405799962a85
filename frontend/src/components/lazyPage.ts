import { type ComponentType, lazy } from 'react';

const RELOADED = 'bandwise.reloadedForChunk';
const loaders: (() => Promise<unknown>)[] = [];

/** Loads every screen declared so far (tests: a screen then renders at once instead of after its chunk loads). */
export function preloadPages(): Promise<unknown> {
  return Promise.all(loaders.map((load) => load()));
}

/**
 * A screen loaded on first visit (its own chunk), so the first load carries only the layout and the page asked for.
 * After a new release, a tab opened before it asks for chunks that are gone: the page is then loaded again once
 * (index.html is never cached, so this fetches the new release) instead of failing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props of each screen are its own
export function lazyPage<P extends Record<string, any>>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const once = () => (loading ??= load());
  loaders.push(once);
  return lazy(async () => {
    try {
      const page = await once();
      sessionStorage.removeItem(RELOADED);
      return { default: page };
    } catch (error) {
      loading = undefined;
      if (sessionStorage.getItem(RELOADED) === null) {
        sessionStorage.setItem(RELOADED, 'true');
        window.location.reload();
        return new Promise<never>(() => undefined);
      }
      throw error;
    }
  });
}
