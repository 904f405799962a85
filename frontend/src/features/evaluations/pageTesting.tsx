import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { RequireRoles } from '../../auth/RequireRoles';
import type { Role } from '../../auth/roles';
import { LocationProbe } from './LocationProbe';

export interface StubResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Responder = (path: string, init: RequestInit) => StubResponse | undefined;

/** Stubs fetch with a function of the API path (`/evaluations/e1?x=1` for `/api/v1/evaluations/e1?x=1`); 404 otherwise. */
export function stubApi(responder: Responder) {
  const fetchMock = vi.fn((url: string, init: RequestInit) => {
    const path = url.replace(/^\/api\/v1/, '');
    const { status, body, headers = {} } = responder(path, init) ?? { status: 404, body: { status: 404, title: 'Not Found' } };
    return Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function profileFor(roles: Role[], id = 'me') {
  return { id, username: id, displayName: 'Me', roles };
}

function guarded(page: ReactNode, roles?: readonly Role[]) {
  return <RequireRoles roles={roles}>{page}</RequireRoles>;
}

/** Renders the routes a feature exports at a path, guarded as App.tsx guards them, showing where the app went. */
export function renderRoutes(routes: (guard: typeof guarded) => ReactNode[], path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          {routes(guarded)}
          <Route path="*" element={<p>Elsewhere</p>} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
