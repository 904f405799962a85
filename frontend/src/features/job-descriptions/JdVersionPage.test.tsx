import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, type RequestHandler, stubApi } from '../schemes/pageTesting';
import { jobDescriptionRoutes } from './routes';

const version = {
  id: 'v2',
  jdId: 'jd1',
  reference: 'INT-IF-001',
  number: 2,
  status: 'DRAFT',
  content: {
    title: 'Intervention Facilitator',
    roleFamily: 'Intervention Facilitator',
    directorate: 'Interventions',
    purpose: 'Deliver accredited programmes',
    mainDuties: ['Deliver sessions', 'Write reports'],
    programmes: ['TSP'],
    criteria: [
      { kind: 'ESSENTIAL', type: 'TRAINING', text: 'Core Skills' },
      { kind: 'DESIRABLE', type: 'EXPERIENCE', text: 'Has delivered the programme twice' },
    ],
  },
  createdAt: '2026-10-01T00:00:00Z',
  updatedAt: '2026-10-01T00:00:00Z',
};

function stubVersion(roles: Role[], body: object, onStatus?: (init: RequestInit) => { status: number; body?: unknown }) {
  return stubApi((url, init) => {
    if (url.endsWith('/auth/me')) return { status: 200, body: profileFor(roles) };
    if (url.endsWith('/jd-versions/v2/status') && onStatus) return onStatus(init);
    if (url.endsWith('/jd-versions/v2/changes')) {
      return { status: 200, body: { versionId: 'v2', number: 2, previousVersionId: 'v1', changes: [{ field: 'mainDuties', before: 'Deliver sessions', after: 'Deliver sessions\nWrite reports' }] } };
    }
    if (url.endsWith('/jd-versions/v2')) return { status: 200, body, headers: { ETag: 'W/"5"' } };
    return { status: 404, body: { status: 404, title: 'Not found' } };
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a JD version', () => {
  it('shows the content, criteria grouped by kind with their type', async () => {
    stubVersion([Role.Auditor], version);
    renderRoutes(jobDescriptionRoutes, '/jd-versions/v2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervention Facilitator' })).toBeInTheDocument();
    expect(screen.getByText('Write reports').tagName).toBe('LI');
    const essential = screen.getByRole('table', { name: 'Essential criteria' });
    expect(within(essential).getByRole('row', { name: 'Training Core Skills' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Desirable criteria' })).getByText('Experience')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'What changed from version 1' })).toHaveAttribute('href', '/jd-versions/v2/changes');
    expect(screen.queryByRole('button', { name: 'Submit for evaluation' })).toBeNull();
  });

  it('lets HR submit a draft, sending the ETag it read', async () => {
    const changeStatus = vi.fn<RequestHandler>(() => ({ status: 200, body: { ...version, status: 'SUBMITTED' } }));
    stubVersion([Role.HrEvaluator], version, changeStatus);
    renderRoutes(jobDescriptionRoutes, '/jd-versions/v2');
    expect(await screen.findByRole('button', { name: 'Edit' })).toHaveAttribute('href', '/jd-versions/v2/edit');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Submit for evaluation' }));
    const init = changeStatus.mock.calls[0][0];
    expect(new Headers(init.headers).get('If-Match')).toBe('W/"5"');
    expect(JSON.parse(String(init.body))).toEqual({ status: 'SUBMITTED' });
  });

  it('links to the open evaluation instead of offering a return to draft', async () => {
    stubVersion([Role.HrAdmin], { ...version, status: 'SUBMITTED', openEvaluationId: 'e7' });
    renderRoutes(jobDescriptionRoutes, '/jd-versions/v2');
    expect(await screen.findByRole('link', { name: 'Go to the open evaluation' })).toHaveAttribute('href', '/evaluations/e7');
    expect(screen.queryByRole('button', { name: 'Return to draft' })).toBeNull();
  });

  it('offers a return to draft for a submitted version with no evaluation open', async () => {
    stubVersion([Role.HrAdmin], { ...version, status: 'SUBMITTED' });
    renderRoutes(jobDescriptionRoutes, '/jd-versions/v2');
    expect(await screen.findByRole('button', { name: 'Return to draft' })).toBeInTheDocument();
  });

  it('lists what changed, field by field', async () => {
    stubVersion([Role.Staff], version);
    renderRoutes(jobDescriptionRoutes, '/jd-versions/v2/changes');
    const table = await screen.findByRole('table', { name: 'Changes' });
    expect(within(table).getByRole('rowheader', { name: 'Main duties' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What changed in version 2');
  });
});
