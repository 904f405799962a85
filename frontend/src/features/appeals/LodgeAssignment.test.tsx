import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi } from '../evaluations/pageTesting';
import { appealRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

const outcome = {
  id: 'e1',
  jdId: 'jd1',
  jdVersionId: 'v1',
  reference: 'INT-IF-001',
  title: 'Intervention Facilitator',
  roleFamily: 'Interventions',
  directorate: 'Interventions',
  requesterType: 'HR',
  requestedOn: '2026-06-02',
  status: 'PUBLISHED',
  daysWaiting: 10,
  targetDate: '2026-08-01',
  overdue: false,
};

describe('lodging an assignment appeal', () => {
  it('asks what the appeal is against, then the job description, members and grounds, and sends them', async () => {
    const fetchMock = stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: { ...profileFor([Role.UnionRep]), union: 'NAPO' } };
      if (path.startsWith('/evaluations?')) return { status: 200, body: { items: [outcome, { ...outcome, id: 'e2' }], page: 1, size: 100, totalItems: 2 } };
      if (path.startsWith('/union-members')) return { status: 200, body: { items: [{ staffNumber: 'S002998', name: 'Jordan Lee', consented: true }], page: 1, size: 100, totalItems: 1 } };
      if (path === '/appeals' && init.method === 'POST') return { status: 201, body: { id: 'a9' }, headers: { ETag: '"0"' } };
      return undefined;
    });
    renderRoutes(appealRoutes, '/appeals/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Choose what the appeal is against.', { selector: 'a' })).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Being left off a list'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    // each role once, though it has two outcomes
    expect(await screen.findAllByLabelText('Intervention Facilitator')).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Intervention Facilitator'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(await screen.findByLabelText('Jordan Lee'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Say who was left off the list, and why they should be on it.', { selector: 'a' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Who was left off the list, and why should they be on it?'), {
      target: { value: 'Jordan ran BBR groups on the effective date and is not on the ring-fence list.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByTestId('check-answers')).toHaveTextContent('Intervention Facilitator (INT-IF-001)');
    fireEvent.click(screen.getByRole('button', { name: 'Lodge the appeal' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/appeals') && init.method === 'POST')).toBe(true));
    const call = fetchMock.mock.calls.find(([url, init]) => String(url).endsWith('/appeals') && init.method === 'POST');
    expect(JSON.parse(String(call?.[1].body))).toMatchObject({
      kind: 'ASSIGNMENT',
      scope: 'INDIVIDUAL',
      jobDescriptionId: 'jd1',
      members: ['S002998'],
      summary: 'Jordan ran BBR groups on the effective date and is not on the ring-fence list.',
    });
  });
});
