import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi } from '../evaluations/pageTesting';
import { appealRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

const lodged = {
  id: 'a1',
  status: 'LODGED',
  kind: 'OUTCOME',
  scope: 'INDIVIDUAL',
  stage: 1,
  union: 'NAPO',
  title: 'Intervention Facilitator',
  members: [{ staffNumber: 'S002998', name: 'Jordan Lee' }],
  allHoldersOfRole: false,
  lodgedOn: '2026-11-02',
  acknowledgeBy: '2026-11-16',
  decideBy: '2027-02-02',
  deadlines: [
    { step: 'ACKNOWLEDGE', dueOn: '2026-11-16', state: 'OVERDUE', workingDaysLeft: -10, text: 'Overdue: this appeal should have been acknowledged by 16 November 2026.' },
    { step: 'DECIDE', dueOn: '2027-02-02', state: 'ON_TRACK', workingDaysLeft: 44, text: 'Decide by 2 February 2027.' },
  ],
  overdue: true,
  dueSoon: false,
  version: 0,
};

const detail = {
  ...lodged,
  jobDescriptionId: 'jd1',
  outcome: { evaluationId: 'e1', jdTitle: 'Intervention Facilitator', total: 479, band: 'Band 3', notifiedOn: '2026-09-15' },
  grounds: [{ factor: 'WORKING_CONDITIONS', factorName: 'Working conditions', awardedLevel: 1, claimedLevel: 2, evidence: 'Hostile groups.' }],
  whatIf: {
    awardedTotal: 479,
    awardedBand: 'Band 3',
    claimedTotal: 489,
    claimedBand: 'Band 4',
    difference: 10,
    bandChanges: true,
    summary: 'Working conditions at level 2: 489 points, Band 4 — 10 points more than awarded',
    changes: [],
  },
  reviewPanel: [],
  timeline: [{ step: 'LODGE', status: 'LODGED', at: '2026-11-02T10:00:00Z', by: 'Rhiannon Evans (Napo rep)', text: 'Lodged.' }],
  allowedSteps: ['ACKNOWLEDGE', 'WITHDRAW'],
};

describe('appeals', () => {
  it('lists the appeals with overdue steps standing out', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.UnionRep]) };
      if (path.startsWith('/appeals?')) return { status: 200, body: { items: [lodged], page: 1, size: 25, totalItems: 1 } };
      return undefined;
    });
    renderRoutes(appealRoutes, '/appeals');
    const row = await screen.findByTestId('appeal-row');
    expect(within(row).getByText('Overdue')).toBeInTheDocument();
    expect(within(row).getByText('Jordan Lee')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Your union's appeals");
    expect(screen.getByRole('button', { name: 'Lodge an appeal' })).toBeInTheDocument();
  });

  it('shows an appeal with its what-if and timeline, and acknowledges it with the ETag it was read at', async () => {
    const fetchMock = stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/appeals/a1/steps' && init.method === 'POST') {
        return { status: 200, body: { ...detail, status: 'ACKNOWLEDGED', allowedSteps: ['START_REVIEW', 'WITHDRAW'], version: 1 }, headers: { ETag: '"1"' } };
      }
      if (path === '/appeals/a1') return { status: 200, body: detail, headers: { ETag: '"0"' } };
      return undefined;
    });
    renderRoutes(appealRoutes, '/appeals/a1');
    expect(await screen.findByTestId('what-if')).toHaveTextContent('489 points, Band 4');
    expect(screen.getByTestId('appeal-timeline')).toHaveTextContent('Rhiannon Evans (Napo rep)');
    // withdrawing cannot be undone, so it goes through its own page; acknowledging is a button
    expect(screen.getByRole('button', { name: 'Withdraw the appeal' })).toHaveAttribute('href', '/appeals/a1/steps/WITHDRAW');
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge the appeal' }));
    expect(await screen.findByText('Acknowledged', { selector: '[data-testid="appeal-status"]' })).toBeInTheDocument();
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/appeals/a1/steps'));
    expect(new Headers(call?.[1].headers).get('If-Match')).toBe('"0"');
  });
});
