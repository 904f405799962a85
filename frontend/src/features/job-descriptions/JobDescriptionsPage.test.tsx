import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi } from '../schemes/pageTesting';
import { jobDescriptionRoutes } from './routes';

const page = {
  items: [
    {
      id: 'jd1',
      reference: 'INT-IF-001',
      title: 'Intervention Facilitator',
      roleFamily: 'Intervention Facilitator',
      directorate: 'Interventions',
      status: 'IN_FORCE',
      latestVersion: 1,
      band: { id: 'b3', code: '3', name: 'Band 3' },
      total: 479,
      benchmark: true,
      updatedAt: '2026-10-01T00:00:00Z',
    },
  ],
  page: 1,
  size: 25,
  totalItems: 1,
};

function stubSearch(roles: Role[]) {
  return stubApi((url) => {
    if (url.endsWith('/auth/me')) return { status: 200, body: profileFor(roles) };
    if (url.endsWith('/job-descriptions/filters')) return { status: 200, body: { roleFamilies: ['Intervention Facilitator', 'Probation Officer'], directorates: ['Interventions'] } };
    if (url.includes('/pay-bands')) return { status: 200, body: { items: [], page: 1, size: 100, totalItems: 0 } };
    if (url.includes('/job-descriptions?')) return { status: 200, body: page };
    return { status: 404, body: { status: 404, title: 'Not found' } };
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('searching job descriptions', () => {
  it('asks the server for the search in the URL and shows the results', async () => {
    const fetchMock = stubSearch([Role.Staff]);
    renderRoutes(jobDescriptionRoutes, '/job-descriptions?q=facilitator&roleFamily=Probation+Officer&sort=total&page=2');
    const table = await screen.findByRole('table', { name: 'Job descriptions' });
    const listCall = fetchMock.mock.calls.map(([url]) => url).find((url) => url.includes('/job-descriptions?')) ?? '';
    expect(new URL(listCall, 'http://x').searchParams.toString()).toBe('q=facilitator&roleFamily=Probation+Officer&sort=total&page=2&size=25');
    expect(within(table).getByRole('link', { name: 'Intervention Facilitator' })).toHaveAttribute('href', '/job-descriptions/jd1');
    expect(within(table).getByText('Benchmark', { selector: 'td strong' })).toHaveClass('govuk-tag');
    expect(within(table).getByRole('columnheader', { name: 'Total' })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByRole('link', { name: 'Title (sort by title)' })).toHaveAttribute(
      'href',
      '/job-descriptions?q=facilitator&roleFamily=Probation+Officer',
    );
    expect(await screen.findByLabelText('Role family')).toHaveValue('Probation Officer');
    expect(screen.queryByRole('button', { name: 'Create a job description' })).toBeNull();
  });

  it('puts the applied filter in the URL, back on page 1', async () => {
    stubSearch([Role.HrEvaluator]);
    renderRoutes(jobDescriptionRoutes, '/job-descriptions?page=3');
    expect(await screen.findByRole('button', { name: 'Create a job description' })).toHaveAttribute('href', '/job-descriptions/new');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Status'), 'IN_FORCE');
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(await screen.findByLabelText('Status')).toHaveValue('IN_FORCE');
  });
});
