import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, type RequestHandler, stubApi } from './pageTesting';
import { schemeRoutes } from './routes';

const scheme = {
  id: 's1',
  code: 'PROBATION',
  name: 'Probation job evaluation scheme',
  version: 1,
  status: 'DRAFT',
  illustrative: true,
  structureId: 'ps1',
  structureName: 'Probation',
  nearBoundaryPoints: 10,
  inUse: false,
  factors: [
    {
      code: 'WORKING_CONDITIONS',
      name: 'Working conditions',
      position: 1,
      levels: [
        { level: 1, points: 10, descriptor: 'Mostly office based' },
        { level: 2, points: 20 },
      ],
    },
  ],
  bandRanges: [{ bandId: 'b3', band: '3', bandName: 'Band 3', minScore: 10, maxScore: 20 }],
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

function stubScheme(roles: Role[], onStatusChange?: (init: RequestInit) => { status: number; body?: unknown }) {
  return stubApi((url, init) => {
    if (url.endsWith('/auth/me')) return { status: 200, body: profileFor(roles) };
    if (url.endsWith('/schemes/s1/status') && onStatusChange) return onStatusChange(init);
    if (url.endsWith('/schemes/s1')) return { status: 200, body: scheme, headers: { ETag: 'W/"7"' } };
    return { status: 404, body: { status: 404, title: 'Not found' } };
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the scheme page', () => {
  it('shows the factors, their levels and descriptors, and the band ranges to everyone', async () => {
    stubScheme([Role.Staff]);
    renderRoutes(schemeRoutes, '/schemes/s1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Probation job evaluation scheme' })).toBeInTheDocument();
    const factors = screen.getByRole('table', { name: 'Factors' });
    expect(within(factors).getByText('Level 2: 20 points')).toBeInTheDocument();
    expect(within(factors).getByText('Mostly office based')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Band ranges' })).getByRole('rowheader', { name: 'Band 3' })).toBeInTheDocument();
    expect(screen.getByText('Illustrative', { selector: '.govuk-tag' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Score' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Activate' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start a new version' })).toBeNull();
  });

  it('lets an HR admin edit and activate a draft, sending the ETag it read', async () => {
    const statusChange = vi.fn<RequestHandler>(() => ({ status: 200, body: { ...scheme, status: 'ACTIVE' } }));
    stubScheme([Role.HrAdmin], statusChange);
    renderRoutes(schemeRoutes, '/schemes/s1');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveAttribute('href', '/schemes/s1/edit');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Activate' }));
    const init = statusChange.mock.calls[0][0];
    expect(new Headers(init.headers).get('If-Match')).toBe('W/"7"');
    expect(JSON.parse(String(init.body))).toEqual({ status: 'ACTIVE' });
  });

  it('warns when someone else changed the scheme first', async () => {
    stubScheme([Role.HrAdmin], () => ({ status: 412, body: { status: 412, title: 'Precondition Failed' } }));
    renderRoutes(schemeRoutes, '/schemes/s1');
    await screen.findByRole('heading', { level: 1 });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Activate' }));
    expect(await screen.findByText('Your changes have not been saved')).toBeInTheDocument();
  });

  it('asks an HR admin to confirm before retiring an active version, on its own page', async () => {
    const statusChange = vi.fn<RequestHandler>(() => ({ status: 200, body: { ...scheme, status: 'RETIRED' }, headers: { ETag: '"8"' } }));
    stubApi((url, init) => {
      if (url.endsWith('/auth/me')) return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (url.endsWith('/schemes/s1/status')) return statusChange(init);
      if (url.endsWith('/schemes/s1')) return { status: 200, body: { ...scheme, status: 'ACTIVE', inUse: true }, headers: { ETag: '"7"' } };
      return { status: 404, body: { status: 404, title: 'Not found' } };
    });
    renderRoutes(schemeRoutes, '/schemes/s1');
    await screen.findByRole('heading', { level: 1 });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Retire' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to retire this scheme version?' })).toBeInTheDocument();
    expect(statusChange).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', '/schemes/s1');
    await user.click(screen.getByRole('button', { name: 'Retire this version' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Probation job evaluation scheme version 1 has been retired');
    expect(JSON.parse(String(statusChange.mock.calls[0][0].body))).toEqual({ status: 'RETIRED' });
    expect(new Headers(statusChange.mock.calls[0][0].headers).get('If-Match')).toBe('"7"');
  });
});
