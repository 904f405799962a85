import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, type RequestHandler, stubApi } from './pageTesting';
import { schemeRoutes } from './routes';

const draft = {
  id: 's2',
  code: 'PROBATION',
  name: 'Probation scheme',
  version: 2,
  status: 'DRAFT',
  illustrative: true,
  structureId: 'ps1',
  structureName: 'Probation',
  nearBoundaryPoints: 10,
  inUse: false,
  basedOnId: 's1',
  factors: [{ code: 'WORKING_CONDITIONS', name: 'Working conditions', position: 1, levels: [{ level: 1, points: 10 }, { level: 2, points: 20 }] }],
  bandRanges: [{ bandId: 'b3', band: '3', bandName: 'Band 3', minScore: 10, maxScore: 40 }],
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubDraft(body: object, onSave: (init: RequestInit) => { status: number; body?: unknown }) {
  return stubApi((url, init) => {
    if (url.endsWith('/auth/me')) return { status: 200, body: profileFor([Role.HrAdmin]) };
    if (url.endsWith('/schemes/s2') && init.method === 'PUT') return onSave(init);
    if (url.endsWith('/schemes/s2')) return { status: 200, body, headers: { ETag: 'W/"2"' } };
    return { status: 404, body: { status: 404, title: 'Not found' } };
  });
}

describe('editing a draft scheme', () => {
  it('saves with the ETag it read, a new level included', async () => {
    const save = vi.fn<RequestHandler>(() => ({ status: 200, body: draft }));
    stubDraft(draft, save);
    renderRoutes(schemeRoutes, '/schemes/s2/edit');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add level to Working conditions' }));
    await user.type(document.getElementById('factors-0-levels-2-points') as HTMLElement, '35');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const init = save.mock.calls[0][0];
    expect(new Headers(init.headers).get('If-Match')).toBe('W/"2"');
    const sent = JSON.parse(String(init.body));
    expect(sent.factors[0].levels).toEqual([
      { level: 1, points: 10 },
      { level: 2, points: 20 },
      { level: 3, points: 35 },
    ]);
    expect(sent.bandRanges).toEqual([{ bandId: 'b3', minScore: 10, maxScore: 40 }]);
  });

  it('shows the server’s errors inline at a level’s points and a band range', async () => {
    stubDraft(draft, () => ({
      status: 400,
      body: {
        status: 400,
        title: 'The request is not valid',
        errors: [
          { field: 'factors[0].levels[1].points', message: 'must be more than level 1' },
          { field: 'bandRanges[0].minScore', message: 'must not be more than the maximum' },
        ],
      },
    }));
    renderRoutes(schemeRoutes, '/schemes/s2/edit');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('must be more than level 1', { selector: '#factors-0-levels-1-points-error' })).toBeInTheDocument();
    expect(document.getElementById('bandRanges-0-minScore')).toHaveClass('govuk-input--error');
    expect(screen.getByRole('link', { name: 'must not be more than the maximum' })).toHaveAttribute('href', '#bandRanges-0-minScore');
  });

  it('refuses a version an evaluation uses', async () => {
    stubDraft({ ...draft, inUse: true }, () => ({ status: 409 }));
    renderRoutes(schemeRoutes, '/schemes/s2/edit');
    expect(await screen.findByText(/An evaluation uses this version, so it can never change/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });
});
