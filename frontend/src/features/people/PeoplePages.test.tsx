import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi } from '../evaluations/pageTesting';
import { peopleRoutes } from './routes';
import { ALEX, NOTICE } from './testPeople';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a staff member’s own pay', () => {
  it('shows protected pay, the date it ends, the re-banding in plain English, the pay history and their own equality data', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: { ...profileFor([Role.Staff], 'staff2'), displayName: 'Alex Morgan' } };
      if (path === '/me') return { status: 200, body: ALEX };
      if (path === '/evaluations/e-if/outcome') {
        return {
          status: 200,
          body: {
            evaluationId: 'e-if',
            jdId: 'jd-if',
            jdVersionId: 'v1',
            jdVersionNumber: 1,
            reference: 'INT-IF-001',
            title: 'Intervention Facilitator',
            roleFamily: 'Intervention Facilitator',
            directorate: 'Interventions',
            scheme: { id: 's1', code: 'PROBATION', name: 'Probation scheme', version: 1, illustrative: true },
            total: 512,
            band: '3',
            bandName: 'Band 3',
            summary: '512 points: Band 3. Band 4 starts at 560.',
            effectiveFrom: '2026-08-01',
            publishedAt: '2026-09-15T10:00:00Z',
            panel: [],
            factors: [{ code: 'RESOURCES', name: 'Resources', level: 2, maxLevel: 6, points: 30, rationale: 'Uses programme materials.' }],
          },
        };
      }
      return undefined;
    });
    renderRoutes(peopleRoutes, '/my-pay');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your pay and role' })).toBeInTheDocument();
    const notice = await screen.findByTestId('protection-notice');
    expect(notice).toHaveAttribute('role', 'region');
    expect(notice).toHaveTextContent('Your pay is protected at £37,550 until 31 July 2028.');
    expect(notice).toHaveTextContent('609 days left.');
    expect(screen.getByTestId('notices')).toHaveTextContent(NOTICE);

    expect(screen.getByTestId('band')).toHaveTextContent('Band 3');
    expect(screen.getByTestId('contractual-salary')).toHaveTextContent('£31,000');
    expect(screen.getByTestId('paid-salary')).toHaveTextContent('£37,550');
    expect(screen.getByTestId('protection')).toHaveTextContent('Mark time: protected salary £37,550 until 31 July 2028');
    expect(screen.getByTestId('at-risk')).toHaveTextContent('At risk');
    const outcome = screen.getByTestId('jd-outcome');
    expect(outcome).toHaveTextContent('Band 3, from a total of 512 points, in force from 1 August 2026.');
    expect(within(outcome).getByRole('link', { name: /Read why/ })).toHaveAttribute('href', '/evaluations/e-if/outcome');

    expect(await screen.findByTestId('outcome-summary')).toHaveTextContent('512 points: Band 3. Band 4 starts at 560.');
    expect(screen.getByText('Why your role is in Band 3')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Resources/ })).toHaveTextContent('Uses programme materials.');

    const timeline = screen.getByRole('list', { name: 'Your pay history' });
    const events = within(timeline).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(events).toEqual(['Re-banded to Band 3', 'Pay protection started', 'Imported from a staff file']);
    expect(within(timeline).getAllByText('1 August 2026')[0].closest('time')).toHaveAttribute('dateTime', '2026-08-01');

    const equality = screen.getByTestId('equality');
    expect(equality).toHaveTextContent('Only you and HR admins can see this.');
    expect(equality).toHaveTextContent('14 March 1985');
  });

  it('says so when the account is linked to no staff record', async () => {
    stubApi((path) => (path === '/auth/me' ? { status: 200, body: profileFor([Role.Staff]) } : undefined));
    renderRoutes(peopleRoutes, '/my-pay');
    expect(await screen.findByTestId('no-staff-record')).toHaveTextContent('not linked to a staff record');
  });
});

describe('HR staff search and records', () => {
  it('searches with the filters in the URL and lists each person with their unit, post, band and status', async () => {
    const fetchMock = stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/units') return { status: 200, body: { items: [{ id: 'u-1', name: 'Interventions, North West', kind: 'PDU' }] } };
      if (path.startsWith('/pay-bands')) return { status: 200, body: { items: [], page: 1, size: 100, totalItems: 0 } };
      if (path.startsWith('/staff?')) {
        return {
          status: 200,
          body: {
            items: [{ staffNumber: 'S000102', name: 'Alex Morgan', unit: 'Interventions, North West', band: '3', post: 'P-INT-0042', jdReference: 'INT-IF-001', atRisk: true, protected: true }],
            page: 2,
            size: 25,
            totalItems: 26,
          },
        };
      }
      return undefined;
    });
    renderRoutes(peopleRoutes, '/staff?q=morgan&atRisk=true&page=2');
    const results = await screen.findByTestId('staff-results');
    expect(within(results).getByRole('link', { name: 'Alex Morgan' })).toHaveAttribute('href', '/staff/S000102');
    expect(within(results).getByText('At risk')).toBeInTheDocument();
    expect(within(results).getByText('Protected')).toBeInTheDocument();
    expect(screen.getByTestId('staff-count')).toHaveTextContent('26 people found');
    expect(screen.getByRole('search', { name: 'Search staff' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    const listUrl = fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.includes('/staff?'));
    expect(listUrl).toContain('q=morgan');
    expect(listUrl).toContain('atRisk=true');
    expect(listUrl).toContain('page=2');

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Pay protection'), 'true');
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('protected=true'));
  });

  it('shows HR evaluators the record and timeline but never equality data', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/staff/S000102') return { status: 200, body: { ...ALEX, equality: { sex: 'F' } } };
      return undefined;
    });
    renderRoutes(peopleRoutes, '/staff/S000102');
    expect(await screen.findByRole('heading', { level: 1, name: /Alex Morgan/ })).toBeInTheDocument();
    expect(screen.getByTestId('protection-notice')).toHaveTextContent('Alex Morgan’s pay is protected at £37,550 until 31 July 2028.');
    expect(screen.getByRole('list', { name: 'Pay history and protection of Alex Morgan' })).toBeInTheDocument();
    expect(screen.queryByTestId('equality')).toBeNull();
  });

  it('shows HR admins equality data', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/staff/S000102') return { status: 200, body: ALEX };
      return undefined;
    });
    renderRoutes(peopleRoutes, '/staff/S000102');
    expect(await screen.findByTestId('equality')).toHaveTextContent('Female');
  });

  it('keeps staff out of the staff search', async () => {
    stubApi((path) => (path === '/auth/me' ? { status: 200, body: profileFor([Role.Staff]) } : undefined));
    renderRoutes(peopleRoutes, '/staff');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('You do not have permission to see this page');
  });
});

describe('the end of protection coming', () => {
  it('warns a protected person 90 days ahead', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Staff], 'staff2') };
      if (path === '/me') return { status: 200, body: { ...ALEX, protection: { ...ALEX.protection, daysLeft: 12, until: '2026-12-12' } } };
      return undefined;
    });
    renderRoutes(peopleRoutes, '/my-pay');
    expect(await screen.findByTestId('protection-ending')).toHaveTextContent('Your protection ends soon: from 13 December 2026 you are paid the contractual salary');
    expect(screen.getByTestId('protection-notice')).toHaveTextContent('12 days left.');
  });
});
