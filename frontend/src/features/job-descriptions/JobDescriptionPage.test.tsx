import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi } from '../schemes/pageTesting';
import { jobDescriptionRoutes } from './routes';

const outcome = {
  evaluationId: 'e1',
  total: 479,
  band: { id: 'b3', code: '3', name: 'Band 3' },
  effectiveFrom: '2026-04-01',
  schemeName: 'Probation scheme',
  schemeVersion: 1,
};

const jd = {
  id: 'jd1',
  reference: 'INT-IF-001',
  title: 'Intervention Facilitator',
  roleFamily: 'Intervention Facilitator',
  directorate: 'Interventions',
  status: 'DRAFT',
  benchmark: false,
  inForceVersionId: 'v1',
  band: outcome.band,
  total: 479,
  versions: [
    { id: 'v1', number: 1, status: 'IN_FORCE', title: 'Intervention Facilitator', effectiveFrom: '2026-04-01', outcome, createdAt: '2026-01-01T00:00:00Z' },
    { id: 'v2', number: 2, status: 'DRAFT', title: 'Intervention Facilitator', createdAt: '2026-10-01T00:00:00Z' },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-10-01T00:00:00Z',
};

const staff = [
  { id: 'u1', username: 'staff', displayName: 'Sam Staff', roles: ['STAFF'] },
  { id: 'u2', username: 'pat', displayName: 'Pat Holder', roles: ['STAFF'] },
];

type Handler = (url: string, init: RequestInit) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined;

function stubJd(roles: Role[], body: object, extra: Handler = () => undefined) {
  return stubApi((url, init) => {
    const handled = extra(url, init);
    if (handled) return handled;
    if (url.endsWith('/auth/me')) return { status: 200, body: profileFor(roles) };
    if (url.includes('/directory')) return { status: 200, body: { items: staff, page: 1, size: 100, totalItems: 2 } };
    if (url.endsWith('/job-descriptions/jd1')) return { status: 200, body, headers: { ETag: 'W/"3"' } };
    return { status: 404, body: { status: 404, title: 'Not found' } };
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the job description page', () => {
  it('shows the band in force and the versions newest first, with the outcome link', async () => {
    stubJd([Role.UnionRep], jd);
    renderRoutes(jobDescriptionRoutes, '/job-descriptions/jd1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervention Facilitator' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Versions' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Version 2');
    expect(within(rows[2]).getByRole('link', { name: /479 points, Band 3/ })).toHaveAttribute('href', '/evaluations/e1/outcome');
    expect(screen.getByRole('button', { name: 'Ask for this role to be evaluated' })).toHaveAttribute(
      'href',
      '/evaluations/request?versionId=v1',
    );
    expect(screen.queryByRole('button', { name: 'Start a new version' })).toBeNull();
  });

  it('lets staff ask for an evaluation only of the post they hold', async () => {
    stubJd([Role.Staff], { ...jd, heldByMe: false });
    const { unmount } = renderRoutes(jobDescriptionRoutes, '/job-descriptions/jd1');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Ask for this role to be evaluated' })).toBeNull();
    unmount();

    stubJd([Role.Staff], { ...jd, heldByMe: true });
    renderRoutes(jobDescriptionRoutes, '/job-descriptions/jd1');
    expect(await screen.findByRole('button', { name: 'Ask for this role to be evaluated' })).toBeInTheDocument();
  });

  it('shows why a new version cannot start', async () => {
    stubJd([Role.HrEvaluator], { ...jd, holders: [] }, (url) =>
      url.endsWith('/job-descriptions/jd1/versions')
        ? { status: 409, body: { status: 409, title: 'Conflict', detail: 'Version 2 is still a draft' } }
        : undefined,
    );
    renderRoutes(jobDescriptionRoutes, '/job-descriptions/jd1');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start a new version' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Version 2 is still a draft');
  });

  it('lists the post holders read-only and says they come from staff records', async () => {
    stubJd([Role.HrAdmin], { ...jd, holders: [staff[1]] });
    renderRoutes(jobDescriptionRoutes, '/job-descriptions/jd1');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Post holders' })).closest('section');
    expect(section).not.toBeNull();
    expect(within(section as HTMLElement).getByText('Pat Holder')).toBeInTheDocument();
    expect(within(section as HTMLElement).queryByRole('checkbox')).toBeNull();
    expect(within(section as HTMLElement).getByRole('link', { name: 'import updated staff records' })).toHaveAttribute('href', '/staff-imports');
  });
});
