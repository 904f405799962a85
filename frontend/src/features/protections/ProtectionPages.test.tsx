import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi, type StubResponse } from '../evaluations/pageTesting';
import { ALEX, PROTECTION } from '../people/testPeople';
import { protectionRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('pay protection', () => {
  it('lists what ends within 90 days first, with days left and a way for HR admins to end one', async () => {
    const fetchMock = stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path.startsWith('/protections?')) return { status: 200, body: { items: [{ ...PROTECTION, daysLeft: 30, until: '2026-12-30' }], page: 1, size: 25, totalItems: 1 } };
      return undefined;
    });
    renderRoutes(protectionRoutes, '/protections');
    const table = await screen.findByTestId('protections');
    const row = within(table).getByRole('row', { name: /Alex Morgan/ });
    expect(row).toHaveTextContent('£37,550');
    expect(row).toHaveTextContent('30 December 2026');
    expect(row).toHaveTextContent('30 days');
    expect(within(row).getByRole('link', { name: 'End the protection of Alex Morgan' })).toHaveAttribute('href', '/protections/p-1/end?staffNumber=S000102');
    expect(screen.getByText('Ending within 90 days', { selector: 'strong' })).toHaveAttribute('aria-current', 'page');
    const url = fetchMock.mock.calls.map(([called]) => String(called)).find((called) => called.includes('/protections?'));
    expect(url).toContain('status=ACTIVE');
    expect(url).toContain('expiringWithinDays=90');
  });

  it('hides the end action from HR evaluators', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path.startsWith('/protections?')) return { status: 200, body: { items: [PROTECTION], page: 1, size: 25, totalItems: 1 } };
      return undefined;
    });
    renderRoutes(protectionRoutes, '/protections');
    const table = await screen.findByTestId('protections');
    expect(within(table).queryByRole('link', { name: /End the protection/ })).toBeNull();
  });

  it('ends a protection with a reason, sending its version as If-Match', async () => {
    const end = vi.fn<(init: RequestInit) => StubResponse>(() => ({ status: 200, body: { ...PROTECTION, status: 'ENDED', endReason: 'ENDED_BY_HR' }, headers: { ETag: '"4"' } }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/staff/S000102') return { status: 200, body: ALEX };
      if (path === '/protections/p-1/end') return end(init);
      if (path.startsWith('/protections?')) return { status: 200, body: { items: [], page: 1, size: 25, totalItems: 0 } };
      return undefined;
    });
    renderRoutes(protectionRoutes, '/protections/p-1/end?staffNumber=S000102');
    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to end this pay protection?' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'End the protection' }));
    expect(await screen.findByRole('link', { name: 'Enter why the protection ends' })).toHaveAttribute('href', '#reason');
    expect(screen.getByLabelText('Explain why, for the record')).toHaveAttribute('aria-describedby', expect.stringContaining('reason-error'));
    expect(end).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText('Appointed to a post paying at least the protected pay'));
    await user.type(screen.getByLabelText('Explain why, for the record'), 'Appointed as Treatment Manager from 1 December 2026.');
    await user.click(screen.getByRole('button', { name: 'End the protection' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/protections'));
    const init = end.mock.calls[0][0];
    expect(new Headers(init.headers).get('If-Match')).toBe('"3"');
    expect(JSON.parse(String(init.body))).toEqual({ reason: 'Appointed as Treatment Manager from 1 December 2026.', endReason: 'APPOINTED' });
  });
});
