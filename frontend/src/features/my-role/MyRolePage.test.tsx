import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi } from '../evaluations/pageTesting';
import { myRoleRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

const heldJd = {
  id: 'jd-ap',
  reference: 'AP-MGR-001',
  title: 'Approved Premises Manager',
  roleFamily: 'Approved Premises Manager',
  directorate: 'Approved Premises',
  status: 'SUBMITTED',
  latestVersion: 2,
  band: { id: 'b5', code: '5', name: 'Band 5' },
  total: 764,
  benchmark: true,
  updatedAt: '2024-11-25T08:47:00Z',
};

describe('my role', () => {
  it('shows the post the member of staff holds, the outcome in force and why, and their requests', async () => {
    const fetchMock = stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: { ...profileFor([Role.Staff], 'u-staff3'), displayName: 'Casey Wright' } };
      if (path.startsWith('/job-descriptions?')) return { status: 200, body: { items: [heldJd], page: 1, size: 25, totalItems: 1 } };
      if (path === '/job-descriptions/jd-ap') {
        return {
          status: 200,
          body: {
            ...heldJd,
            inForceVersionId: 'v1',
            createdAt: '2019-01-07T10:00:00Z',
            heldByMe: true,
            versions: [
              { id: 'v2', number: 2, status: 'UNDER_EVALUATION', title: 'Approved Premises Manager', createdAt: '2024-11-01T10:00:00Z' },
              {
                id: 'v1',
                number: 1,
                status: 'IN_FORCE',
                title: 'Approved Premises Manager',
                createdAt: '2019-01-01T10:00:00Z',
                outcome: { evaluationId: 'e-ap', total: 764, band: { id: 'b5', code: '5', name: 'Band 5' }, effectiveFrom: '2019-04-01', schemeName: 'Probation', schemeVersion: 1 },
              },
            ],
          },
          headers: { ETag: '"4"' },
        };
      }
      if (path === '/evaluations/e-ap/outcome') {
        return {
          status: 200,
          body: {
            evaluationId: 'e-ap',
            jdId: 'jd-ap',
            jdVersionId: 'v1',
            jdVersionNumber: 1,
            reference: 'AP-MGR-001',
            title: 'Approved Premises Manager',
            roleFamily: 'Approved Premises Manager',
            directorate: 'Approved Premises',
            scheme: { id: 's1', code: 'PROBATION', name: 'Probation scheme', version: 1, illustrative: true },
            total: 764,
            band: '5',
            bandName: 'Band 5',
            summary: '764 points: Band 5. Band 6 starts at 780.',
            effectiveFrom: '2019-04-01',
            publishedAt: '2019-03-08T10:00:00Z',
            panel: [],
            factors: [{ code: 'RESOURCES', name: 'Resources', level: 4, maxLevel: 6, points: 60, rationale: 'Holds the premises budget.' }],
          },
        };
      }
      if (path.startsWith('/evaluations?')) {
        return {
          status: 200,
          body: {
            items: [
              {
                id: 'e-req',
                jdId: 'jd-ap',
                jdVersionId: 'v2',
                reference: 'AP-MGR-001',
                title: 'Approved Premises Manager',
                roleFamily: 'Approved Premises Manager',
                directorate: 'Approved Premises',
                requesterType: 'STAFF',
                requestedOn: '2024-11-25',
                status: 'ACCEPTED',
                daysWaiting: 735,
                targetDate: '2025-03-25',
                overdue: true,
                requestedByMe: true,
                heldByMe: true,
              },
            ],
            page: 1,
            size: 100,
            totalItems: 1,
          },
        };
      }
      return undefined;
    });
    renderRoutes(myRoleRoutes, '/my-role');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your role' })).toBeInTheDocument();
    const post = await screen.findByTestId('held-post');
    expect(within(post).getByRole('heading', { name: 'Approved Premises Manager' })).toBeInTheDocument();
    expect(within(post).getByTestId('band-in-force')).toHaveTextContent('Band 5, from a total of 764 points');
    expect(await within(post).findByTestId('outcome-summary')).toHaveTextContent('764 points: Band 5. Band 6 starts at 780.');
    expect(within(post).getByRole('row', { name: /Resources/ })).toHaveTextContent('Holds the premises budget.');
    const requests = await screen.findByTestId('my-requests');
    expect(within(requests).getByRole('link', { name: 'Approved Premises Manager' })).toHaveAttribute('href', '/evaluations/e-req');
    expect(within(requests).getByText('735 days')).toBeInTheDocument();
    expect(within(requests).getByText('Overdue')).toBeInTheDocument();
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls.some((url) => url.includes('/job-descriptions?') && url.includes('heldByMe=true'))).toBe(true);
    expect(urls.some((url) => url.includes('/evaluations?') && url.includes('requestedByMe=true'))).toBe(true);
  });

  it('says so when the user holds no post', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Staff]) };
      if (path.startsWith('/job-descriptions?')) return { status: 200, body: { items: [], page: 1, size: 25, totalItems: 0 } };
      if (path.startsWith('/evaluations?')) return { status: 200, body: { items: [], page: 1, size: 100, totalItems: 0 } };
      return undefined;
    });
    renderRoutes(myRoleRoutes, '/my-role');
    expect(await screen.findByTestId('no-held-post')).toHaveTextContent('You are not recorded as holding a post yet.');
    expect(await screen.findByText('You have not asked for a role to be evaluated.')).toBeInTheDocument();
  });
});
