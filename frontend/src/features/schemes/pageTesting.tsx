import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { RequireRoles } from '../../auth/RequireRoles';
import type { Role } from '../../auth/roles';

export interface StubbedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers one kind of request in a test, given its init (method, headers, body). */
export type RequestHandler = (init: RequestInit) => StubbedResponse;

type Responder = (url: string, init: RequestInit) => StubbedResponse;

/** Stubs fetch with a function of the request; returns the mock to inspect the calls. */
export function stubApi(responder: Responder) {
  const fetchMock = vi.fn((url: string, init: RequestInit) => {
    const { status, body, headers = {} } = responder(url, init);
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

export function profileFor(roles: Role[]) {
  return { id: 'me', username: 'me', displayName: 'Me', roles };
}

function guarded(page: ReactNode, roles?: readonly Role[]) {
  return <RequireRoles roles={roles}>{page}</RequireRoles>;
}

/** Renders the routes a feature exports at a path, guarded as App.tsx guards them. */
export function renderRoutes(routes: (guard: typeof guarded) => ReactNode[], path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>{routes(guarded)}</Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
