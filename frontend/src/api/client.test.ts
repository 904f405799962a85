import { afterEach, describe, expect, it, vi } from 'vitest';
import { authApi, payBandsApi, setUnauthorizedHandler } from './client';
import { ApiProblem, callApi } from './problem';

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the configured API client', () => {
  it('calls /api/v1 on the same origin with the X-Requested-With header', async () => {
    const fetchMock = vi.fn().mockResolvedValue(respond(204, undefined));
    vi.stubGlobal('fetch', fetchMock);
    await authApi.logout();
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/auth/logout');
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('X-Requested-With')).toBe('bandwise');
  });

  it('sends the user to sign in on 401, but not for the sign-in call itself', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => Promise.resolve(respond(401, { status: 401, title: 'Unauthorized' }))));
    await expect(callApi(() => payBandsApi.listPayBands({}))).rejects.toBeInstanceOf(ApiProblem);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await expect(callApi(() => authApi.login({ loginRequest: { username: 'a', password: 'b' } }))).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not send someone on a public page to sign in because nobody is signed in', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => Promise.resolve(respond(401, { status: 401, title: 'Unauthorized' }))));
    await expect(callApi(() => authApi.getCurrentUser())).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('reads Retry-After from a 429', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(respond(429, { status: 429, title: 'Too many requests' }, { 'Retry-After': '600' })));
    await expect(callApi(() => authApi.login({ loginRequest: { username: 'a', password: 'b' } }))).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 600,
    });
  });
});
