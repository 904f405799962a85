import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, type StubResponse, stubApi } from './pageTesting';
import { evaluationRoutes } from './routes';
import { agreedLevelJson, INTERVENTION_FACILITATOR, JD_VERSION_JSON, TINY_SCHEME_JSON } from './testEvaluations';

afterEach(() => {
  vi.unstubAllGlobals();
});

const queueEntry = (overrides: Record<string, unknown>) => ({
  id: 'e1',
  jdId: 'jd1',
  jdVersionId: 'v1',
  jdVersionNumber: 2,
  reference: 'AP-MGR-001',
  title: 'Approved Premises Manager',
  roleFamily: 'Approved Premises Manager',
  directorate: 'Approved Premises',
  requesterType: 'UNION',
  requestedOn: '2024-09-02',
  priority: 'P2',
  status: 'ACCEPTED',
  daysWaiting: 811,
  targetDate: '2025-03-01',
  overdue: true,
  ...overrides,
});

describe('the evaluation queue', () => {
  it('shows staff the queue with overdue requests marked, leading to what they may read', async () => {
    const fetchMock = stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Staff]) };
      if (path.startsWith('/evaluations?')) {
        return {
          status: 200,
          body: {
            items: [queueEntry({}), queueEntry({ id: 'e2', jdId: 'jd2', reference: 'INT-IF-001', title: 'Intervention Facilitator', status: 'PUBLISHED', overdue: false })],
            page: 1,
            size: 25,
            totalItems: 2,
          },
        };
      }
      if (path === '/job-descriptions/filters') return { status: 200, body: { roleFamilies: [], directorates: ['Approved Premises', 'Interventions'] } };
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations?status=ACCEPTED&status=PUBLISHED&sort=title');
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluation queue' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Evaluation requests' });
    expect(within(table).getByRole('link', { name: 'Approved Premises Manager' })).toHaveAttribute('href', '/job-descriptions/jd1');
    expect(within(table).getByRole('link', { name: 'Intervention Facilitator' })).toHaveAttribute('href', '/evaluations/e2/outcome');
    expect(within(table).getAllByText('Overdue')).toHaveLength(1);
    expect(within(table).getAllByText('811 days')).toHaveLength(2);
    expect(screen.queryByRole('table', { name: 'Waiting times by directorate' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Accepted' })).toBeChecked();
    expect(screen.getByLabelText('Sort by')).toHaveValue('title');
    const listCall = fetchMock.mock.calls.map(([url]) => url).find((url) => url.startsWith('/api/v1/evaluations?'));
    expect(listCall).toContain('status=ACCEPTED&status=PUBLISHED');
    expect(listCall).toContain('sort=title');
  });

  it('shows HR the waiting times by directorate and links each request to its evaluation', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path.startsWith('/evaluations?')) return { status: 200, body: { items: [queueEntry({})], page: 1, size: 25, totalItems: 1 } };
      if (path === '/evaluations/waiting-times') {
        const wait = { directorate: 'Approved Premises', openRequests: 1, medianDaysWaiting: 811, longestDaysWaiting: 811, overdue: 1 };
        return { status: 200, body: { directorates: [wait], overall: { ...wait, directorate: 'All' } } };
      }
      if (path === '/job-descriptions/filters') return { status: 200, body: { roleFamilies: [], directorates: [] } };
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations');
    const waits = await screen.findByRole('table', { name: 'Waiting times by directorate' });
    expect(within(waits).getByRole('rowheader', { name: 'All directorates' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Evaluation requests' });
    expect(within(table).getByRole('link', { name: 'Approved Premises Manager' })).toHaveAttribute('href', '/evaluations/e1');
  });
});

describe('the evaluation page', () => {
  it('lets HR accept a request with a priority, sending the ETag it read, and says so', async () => {
    const decide = vi.fn<(init: RequestInit) => StubResponse>(() => ({
      status: 200,
      body: { ...INTERVENTION_FACILITATOR, status: 'ACCEPTED', panel: [], scheme: undefined },
      headers: { ETag: '"2"' },
    }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/evaluations/e1/decision') return decide(init);
      if (path === '/evaluations/e1') {
        return { status: 200, body: { ...INTERVENTION_FACILITATOR, status: 'REQUESTED', priority: undefined, panel: [], scheme: undefined }, headers: { ETag: '"1"' } };
      }
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations/e1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervention Facilitator' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByRole('link', { name: 'Select whether to accept or reject the request' })).toHaveAttribute('href', '#decision');

    await user.click(screen.getByRole('radio', { name: 'Accept' }));
    await user.click(screen.getByRole('radio', { name: 'P1 (urgent)' }));
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByRole('button', { name: 'Form the panel' })).toHaveAttribute('href', '/evaluations/e1/panel');
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveTextContent('The request has been accepted as P1 (urgent).');
    const init = decide.mock.calls[0][0];
    expect(new Headers(init.headers).get('If-Match')).toBe('"1"');
    expect(JSON.parse(String(init.body))).toEqual({ decision: 'ACCEPT', priority: 'P1' });
  });

  it('asks HR to confirm a rejection on its own page, then shows the labelled reason', async () => {
    const requested = { ...INTERVENTION_FACILITATOR, status: 'REQUESTED', priority: undefined, panel: [], scheme: undefined };
    const reason = 'The JD has not changed since its last evaluation.';
    const rejected = { ...requested, status: 'REJECTED', decisionReason: reason, decidedOn: '2026-06-05' };
    const decide = vi.fn<(init: RequestInit) => StubResponse>(() => ({ status: 200, body: rejected, headers: { ETag: '"2"' } }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/evaluations/e1/decision') return decide(init);
      if (path === '/evaluations/e1') {
        // Like the server: once decided, a re-read returns the rejected request.
        return decide.mock.calls.length > 0
          ? { status: 200, body: rejected, headers: { ETag: '"2"' } }
          : { status: 200, body: requested, headers: { ETag: '"1"' } };
      }
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations/e1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Reject' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: 'Enter why the request is rejected' })).toHaveAttribute('href', '#reason');
    await user.click(screen.getByLabelText('Why is the request rejected?'));
    await user.paste(reason);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to reject this request?' })).toBeInTheDocument();
    expect(screen.getByTestId('rejection-reason')).toHaveTextContent(reason);
    expect(decide).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reject the request' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/evaluations/e1'));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('The request has been rejected.');
    expect(await screen.findByTestId('rejection-reason')).toHaveTextContent(`Reason for rejection${reason}`);
    expect(JSON.parse(String(decide.mock.calls[0][0].body))).toEqual({ decision: 'REJECT', reason });
    expect(new Headers(decide.mock.calls[0][0].headers).get('If-Match')).toBe('"1"');
  });

  it('shows HR the panel work as a task list, the score so far and what blocks publication, with what to do', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/schemes/scheme-1') return { status: 200, body: TINY_SCHEME_JSON, headers: { ETag: '"1"' } };
      if (path === '/evaluations/e1/consensus') return { status: 200, body: { evaluationId: 'e1', membersRecorded: 2, factors: [] } };
      if (path === '/evaluations/e1') {
        return {
          status: 200,
          body: { ...INTERVENTION_FACILITATOR, agreedLevels: [agreedLevelJson('KNOWLEDGE', 'Knowledge', 2, 200)], runningTotal: 200 },
          headers: { ETag: '"5"' },
        };
      }
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations/e1');
    const panel = await screen.findByRole('table', { name: 'The panel' });
    expect(within(panel).getByRole('row', { name: /Sam Okafor/ })).toHaveTextContent('Chair');
    expect(within(panel).getByRole('row', { name: /Rhiannon Evans/ })).toHaveTextContent('Staff side');
    expect(screen.getByRole('table', { name: 'Agreed levels (1 of 3 factors)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Score so far' })).toBeInTheDocument();
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('200 points');
    expect(screen.queryByTestId('running-score-band')).toBeNull();

    const tasks = within(screen.getByRole('list', { name: 'Panel work' }));
    expect(tasks.getByText('Form the panel').closest('li')).toHaveTextContent('Completed');
    expect(tasks.getByText('Agree a level and rationale for each factor').closest('li')).toHaveTextContent('1 of 3 factors agreedIn progress');
    expect(tasks.getByText('Sign off the agreed levels').closest('li')).toHaveTextContent('Cannot start yet');
    expect(tasks.getByText('Publish the outcome').closest('li')).toHaveTextContent('Cannot start yet');
    expect(tasks.queryByRole('link', { name: 'Agree a level and rationale for each factor' })).toBeNull();
    expect(await screen.findByText('2 of 3 members have recorded levels')).toBeInTheDocument();

    const blockers = screen.getByTestId('publish-blockers');
    expect(blockers).toHaveTextContent('3 factors have no agreed level yet.');
    expect(within(blockers).getByRole('link', { name: /each of them signs off/ })).toHaveAttribute('href', '/evaluations/e1#sign-off');
    expect(screen.queryByRole('button', { name: 'Publish the outcome' })).toBeNull();
  });

  it('lets the staff-side member sign off once every level is agreed, and shows who signed when', async () => {
    const levels = [agreedLevelJson('KNOWLEDGE', 'Knowledge', 2, 200), agreedLevelJson('EFFORT', 'Effort', 1, 50), agreedLevelJson('WORKING_CONDITIONS', 'Working conditions', 1, 10)];
    const complete = {
      ...INTERVENTION_FACILITATOR,
      onMyPanel: true,
      agreedLevels: levels,
      runningTotal: 260,
      score: { total: 260, band: '3', bandName: 'Band 3', outOfRange: false, nearBoundary: false, nextBoundary: 280, nextBand: '4', pointsToNextBand: 20, summary: '260 points: Band 3. Band 4 starts at 280.' },
      awaitingSignOff: true,
      signOffs: [{ userId: 'u-eval', displayName: 'Sam Okafor', side: 'MANAGEMENT', chair: true, signedAt: '2026-07-01T10:00:00Z' }],
      blockers: [{ code: 'SIGN_OFF', message: 'The agreed levels have not been signed off by a staff-side member.', whatToDo: 'Each of them signs off the agreed levels on the evaluation page.' }],
    };
    const signOff = vi.fn<(init: RequestInit) => StubResponse>(() => ({
      status: 200,
      body: {
        ...complete,
        awaitingSignOff: false,
        signOffComplete: true,
        canPublish: true,
        blockers: [],
        signOffs: [...complete.signOffs, { userId: 'u-rep', displayName: 'Rhiannon Evans', side: 'STAFF', chair: false, signedAt: '2026-07-02T10:00:00Z' }],
      },
      headers: { ETag: '"8"' },
    }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.UnionRep], 'u-rep') };
      if (path === '/schemes/scheme-1') return { status: 200, body: TINY_SCHEME_JSON, headers: { ETag: '"1"' } };
      if (path === '/evaluations/e1/consensus') return { status: 200, body: { evaluationId: 'e1', membersRecorded: 3, factors: [] } };
      if (path === '/evaluations/e1/sign-offs') return signOff(init);
      if (path === '/evaluations/e1') return { status: 200, body: complete, headers: { ETag: '"7"' } };
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations/e1');
    expect(await screen.findByTestId('sign-offs')).toHaveTextContent('Sam Okafor (management side, chair) signed off on 1 July 2026');
    expect(screen.getByTestId('running-score-band')).toHaveTextContent('Band 3');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign off the agreed levels' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Every sign-off the outcome needs is in.');
    expect(screen.getByTestId('sign-offs')).toHaveTextContent('Rhiannon Evans (staff side) signed off on 2 July 2026');
    expect(screen.queryByRole('button', { name: 'Sign off the agreed levels' })).toBeNull();
    expect(init(signOff).method).toBe('POST');
    expect(new Headers(init(signOff).headers).get('If-Match')).toBe('"7"');
  });

  it('shows whoever asked where their request stands, without the panel’s work', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Staff]) };
      if (path === '/evaluations/e1') {
        return {
          status: 200,
          body: {
            ...INTERVENTION_FACILITATOR,
            status: 'ACCEPTED',
            panelWorkShown: false,
            requestedByMe: true,
            panel: [],
            blockers: [],
            overdue: true,
            daysWaiting: 735,
            queuePosition: 1,
            nextStep: 'HR forms a joint panel of management-side and staff-side evaluators to evaluate the role. The outcome was due by 25 March 2025 and is overdue.',
          },
          headers: { ETag: '"3"' },
        };
      }
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations/e1');
    expect(await screen.findByTestId('next-step')).toHaveTextContent('and is overdue');
    expect(screen.getByTestId('queue-position')).toHaveTextContent('1st of the open requests');
    expect(screen.getByText('735 days', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Panel work' })).toBeNull();
    expect(screen.queryByTestId('running-score')).toBeNull();
  });
});

function init(mock: { mock: { calls: Array<[RequestInit]> } }): RequestInit {
  return mock.mock.calls[0][0];
}

describe('forming the panel', () => {
  it('offers each person once with union reps on the staff side, and shows the server’s panel rules', async () => {
    const setPanel = vi.fn<(init: RequestInit) => StubResponse>(() => ({
      status: 400,
      body: {
        status: 400,
        title: 'The panel is not valid',
        errors: [
          { field: 'members', message: 'A panel needs at least 3 members' },
          { field: 'members[0].userId', message: 'Sam Okafor holds the post under evaluation' },
        ],
      },
    }));
    const person = (id: string, displayName: string, roles: string[], union?: string) => ({ id, username: id, displayName, roles, union });
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/evaluations/e1') return { status: 200, body: { ...INTERVENTION_FACILITATOR, status: 'ACCEPTED', panel: [], scheme: undefined }, headers: { ETag: '"3"' } };
      if (path === '/evaluations/e1/panel') return setPanel(init);
      if (path.startsWith('/schemes?')) return { status: 200, body: { items: [TINY_SCHEME_JSON], page: 1, size: 100, totalItems: 1 } };
      if (path.startsWith('/directory?role=HR_EVALUATOR')) {
        return { status: 200, body: { items: [person('u-eval', 'Sam Okafor', ['HR_EVALUATOR']), person('u-admin', 'Asha Patel', ['HR_ADMIN', 'HR_EVALUATOR'])], page: 1, size: 100, totalItems: 2 } };
      }
      if (path.startsWith('/directory?role=HR_ADMIN')) return { status: 200, body: { items: [person('u-admin', 'Asha Patel', ['HR_ADMIN', 'HR_EVALUATOR'])], page: 1, size: 100, totalItems: 1 } };
      if (path.startsWith('/directory?role=UNION_REP')) return { status: 200, body: { items: [person('u-rep', 'Rhiannon Evans', ['UNION_REP'], 'NAPO')], page: 1, size: 100, totalItems: 1 } };
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations/e1/panel');
    expect(await screen.findByRole('heading', { level: 1, name: 'Form the panel' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByLabelText('Scheme')).toHaveValue('scheme-1');
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Rhiannon Evans sits on the panel' }));
    expect(screen.getByRole('radio', { name: 'Staff side' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Sam Okafor sits on the panel' }));
    await user.click(within(screen.getByRole('group', { name: 'Who chairs the panel?' })).getByRole('radio', { name: 'Sam Okafor' }));
    await user.click(screen.getByRole('button', { name: 'Save the panel' }));

    expect(await screen.findByRole('link', { name: 'A panel needs at least 3 members' })).toHaveAttribute('href', '#members');
    // members[0] is the first person sent: Rhiannon Evans comes before Sam Okafor in the list, but Asha Patel is not sent
    const holdsPost = screen.getByRole('link', { name: 'Sam Okafor holds the post under evaluation' });
    expect(holdsPost.getAttribute('href')).toBe('#member-2');
    const init = setPanel.mock.calls[0][0];
    expect(new Headers(init.headers).get('If-Match')).toBe('"3"');
    expect(JSON.parse(String(init.body))).toEqual({
      schemeId: 'scheme-1',
      members: [
        { userId: 'u-rep', side: 'STAFF', chair: false },
        { userId: 'u-eval', side: 'MANAGEMENT', chair: true },
      ],
    });
  });
});

describe('scoring factor by factor', () => {
  it('saves each factor with the ETag of the last response and moves on', async () => {
    let version = 1;
    let agreed: Array<{ points: number }> = [];
    const member = (levels: Array<{ points: number }>) => ({
      ...INTERVENTION_FACILITATOR,
      onMyPanel: true,
      agreedLevels: levels,
      runningTotal: levels.length === 0 ? undefined : levels.reduce((sum, level) => sum + level.points, 0),
    });
    const saves: RequestInit[] = [];
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator], 'u-eval') };
      if (path === '/schemes/scheme-1') return { status: 200, body: TINY_SCHEME_JSON, headers: { ETag: '"1"' } };
      if (path === '/job-versions/v1' || path === '/jd-versions/v1') return { status: 200, body: JD_VERSION_JSON, headers: { ETag: '"1"' } };
      if (path === '/evaluations/e1/consensus') return { status: 200, body: { evaluationId: 'e1', membersRecorded: 0, factors: [] } };
      if (path.startsWith('/evaluations/e1/agreed-levels/')) {
        saves.push(init);
        const code = path.split('/').at(-1) as string;
        const level = JSON.parse(String(init.body)).level;
        const factor = TINY_SCHEME_JSON.factors.find((candidate) => candidate.code === code)!;
        agreed = [...agreed, agreedLevelJson(code, factor.name, level, factor.levels[level - 1].points)];
        version += 1;
        return { status: 200, body: member(agreed), headers: { ETag: `"${version}"` } };
      }
      if (path === '/evaluations/e1') return { status: 200, body: member(agreed), headers: { ETag: `"${version}"` } };
      return undefined;
    });
    renderRoutes(evaluationRoutes, '/evaluations/e1/score');
    expect(await screen.findByRole('heading', { level: 1, name: 'Knowledge' })).toBeInTheDocument();
    expect(screen.getByText('Factor 1 of 3 · Intervention Facilitator')).toBeInTheDocument();
    expect(await screen.findByTestId('jd-beside-scoring')).toHaveTextContent('To deliver accredited programmes');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Level 2 – 200 points' }));
    await user.click(screen.getByLabelText('Rationale'));
    await user.paste('Applies a body of knowledge');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Effort' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/evaluations/e1/score?factor=EFFORT'));
    expect(screen.getByRole('link', { name: /Previous factor/ })).toHaveAttribute('href', '/evaluations/e1/score?factor=KNOWLEDGE');
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('200 points');
    await user.click(screen.getByRole('radio', { name: 'Level 1 – 50 points' }));
    expect(screen.getByTestId('running-score-unsaved')).toHaveTextContent('Not saved yet: level 1 (50 points) for effort.');
    await user.click(screen.getByRole('link', { name: /Previous factor/ }));
    expect(await screen.findByTestId('unsaved-changes')).toHaveTextContent('You changed the level or rationale for effort but have not saved it.');
    expect(screen.getByTestId('location')).toHaveTextContent('/evaluations/e1/score?factor=EFFORT');
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    await user.click(screen.getByLabelText('Rationale'));
    await user.paste('Occasional effort');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Working conditions' })).toBeInTheDocument();

    expect(saves.map((init) => new Headers(init.headers).get('If-Match'))).toEqual(['"1"', '"2"']);
    expect(JSON.parse(String(saves[0].body))).toEqual({ level: 2, rationale: 'Applies a body of knowledge' });
  });
});

describe('the outcome summary', () => {
  it('says the total, the band and the distance to the next band in plain English, and prints', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.UnionRep]) };
      if (path === '/evaluations/e1/outcome') {
        return {
          status: 200,
          body: {
            evaluationId: 'e1',
            jdId: 'jd1',
            jdVersionId: 'v1',
            jdVersionNumber: 1,
            reference: 'INT-IF-001',
            title: 'Intervention Facilitator',
            roleFamily: 'Intervention Facilitator',
            directorate: 'Interventions',
            scheme: { id: 'scheme-1', code: 'PROBATION', name: 'Probation scheme', version: 1, illustrative: true },
            total: 479,
            band: '3',
            bandName: 'Band 3',
            nextBand: '4',
            nextBoundary: 480,
            pointsToNextBand: 1,
            nearBoundary: true,
            summary: '479 points: Band 3. Band 4 starts at 480.',
            effectiveFrom: '2026-10-01',
            publishedAt: '2026-09-15T10:00:00Z',
            publishedBy: 'Sam Okafor',
            consistencyCheck: { conclusion: 'The levels stand.', checkedBy: 'Priya Shah', checkedAt: '2026-07-20T11:00:00Z', totalAtCheck: 479 },
            panel: INTERVENTION_FACILITATOR.panel,
            factors: [{ code: 'WORKING_CONDITIONS', name: 'Working conditions', level: 1, maxLevel: 4, points: 10, rationale: 'All delivery in group rooms.' }],
          },
        };
      }
      return undefined;
    });
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderRoutes(evaluationRoutes, '/evaluations/e1/outcome');
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervention Facilitator' })).toBeInTheDocument();
    expect(screen.getByTestId('outcome-summary')).toHaveTextContent('479 points: Band 3. Band 4 starts at 480.');
    expect(screen.getByText('Illustrative')).toBeInTheDocument();
    expect(screen.getByText('The levels stand.')).toBeInTheDocument();
    const factors = screen.getByRole('table', { name: 'Factor by factor' });
    expect(within(factors).getByRole('row', { name: /Working conditions/ })).toHaveTextContent('Level 1 of 4');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print this page' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
