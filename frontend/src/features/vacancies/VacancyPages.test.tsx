import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi, type StubResponse } from '../evaluations/pageTesting';
import { vacancyRoutes } from './routes';
import { INTEREST, MY_PO, MY_TM, NO_OFFERS, OPEN_OFFER, POOL, TM, TM_SUMMARY, TRIAL_OFFER } from './testVacancies';

afterEach(() => {
  vi.unstubAllGlobals();
});

const page = (items: unknown[], extra: Record<string, unknown> = {}) => ({ items, page: 1, size: 25, totalItems: items.length, ...extra });
const calledUrls = (fetchMock: ReturnType<typeof stubApi>) => fetchMock.mock.calls.map(([url]) => String(url));

/** HR reading one vacancy: the vacancy with its ETag, its pool, interest and offers. */
function vacancyResponder(roles: Role[], overrides: Record<string, () => StubResponse | undefined> = {}) {
  return (path: string, init: RequestInit): StubResponse | undefined => {
    for (const [prefix, respond] of Object.entries(overrides)) {
      if (path.startsWith(prefix)) {
        const answer = respond();
        if (answer) return answer;
      }
    }
    if (path === '/auth/me') return { status: 200, body: profileFor(roles) };
    if (path === '/vacancies/v-tm' && (init.method ?? 'GET') === 'GET') return { status: 200, body: TM, headers: { ETag: '"5"' } };
    if (path.startsWith('/vacancies/v-tm/pool?')) return { status: 200, body: POOL };
    if (path.startsWith('/vacancies/v-tm/interest?')) return { status: 200, body: INTEREST };
    if (path.startsWith('/vacancies/v-tm/offers?')) return { status: 200, body: NO_OFFERS };
    return undefined;
  };
}

describe('HR vacancies list', () => {
  it('filters by stage, band, unit and closing date from the URL, and shows dates and stages in words', async () => {
    const fetchMock = stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/units') return { status: 200, body: { items: [{ id: 'u-1', name: 'North West: Interventions', kind: 'PDU' }] } };
      if (path.startsWith('/pay-bands')) return { status: 200, body: { items: [], page: 1, size: 100, totalItems: 0 } };
      if (path.startsWith('/vacancies?')) return { status: 200, body: { ...page([TM_SUMMARY]), totalItems: 30 } };
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/vacancies?stage=RING_FENCE&band=4&unit=u-1&closingBefore=2026-12-31&page=2');
    const table = await screen.findByTestId('vacancies');
    const row = within(table).getByRole('row', { name: /Treatment Manager/ });
    expect(within(row).getByRole('link', { name: 'Treatment Manager' })).toHaveAttribute('href', '/vacancies/v-tm');
    expect(row).toHaveTextContent('Band 4');
    expect(row).toHaveTextContent('30 October 2026');
    expect(row).toHaveTextContent('Stage 1: ring-fenced');
    expect(row).not.toHaveTextContent('RING_FENCE');
    expect(screen.getByTestId('vacancy-count')).toHaveTextContent('30 vacancies');
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open a vacancy' })).toHaveAttribute('href', '/vacancies/new');
    const url = calledUrls(fetchMock).find((called) => called.includes('/vacancies?'))!;
    expect(url).toContain('stage=RING_FENCE');
    expect(url).toContain('band=4');
    expect(url).toContain('unit=u-1');
    expect(url).toContain('closingBefore=2026-12-31');
    expect(url).toContain('page=2');

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Stage'), 'INTERNAL');
    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '31');
    await user.clear(screen.getByLabelText('Month'));
    await user.type(screen.getByLabelText('Month'), '2');
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(await screen.findByRole('link', { name: 'The closing date must be a real date' })).toHaveAttribute('href', '#closingBefore');
    expect(screen.getByTestId('location')).toHaveTextContent('stage=RING_FENCE');

    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '28');
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('stage=INTERNAL'));
    expect(screen.getByTestId('location')).toHaveTextContent('closingBefore=2026-02-28');
  });

  it('keeps staff out', async () => {
    stubApi((path) => (path === '/auth/me' ? { status: 200, body: profileFor([Role.Staff]) } : undefined));
    renderRoutes(vacancyRoutes, '/vacancies');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('You do not have permission to see this page');
  });
});

describe('HR vacancy page', () => {
  it('shows the stage, the ring-fence and the pool with priority first, each person’s reasons and decision', async () => {
    stubApi(vacancyResponder([Role.HrAdmin]));
    renderRoutes(vacancyRoutes, '/vacancies/v-tm');
    expect(await screen.findByRole('heading', { level: 1, name: 'Treatment Manager' })).toBeInTheDocument();
    expect(screen.getByTestId('vacancy-status')).toHaveTextContent('Stage 1: ring-fenced');
    expect(screen.getByTestId('ring-fence')).toHaveTextContent('Ring-fenced for staff at risk until 31 January 2027; open to internal applicants after that.');
    expect(screen.getByTestId('undecided')).toHaveTextContent('1 person in the pool has no decision yet.');
    const entries = await screen.findAllByTestId('pool-entry');
    expect(entries.map((entry) => within(entry).getByRole('heading', { level: 3 }).textContent?.trim())).toEqual(['Priya Shah Statutory priority', 'Alex Morgan']);
    expect(within(entries[0]).getByTestId('pool-decision')).toHaveTextContent('No decision yet');
    expect(within(entries[0]).getByRole('link', { name: 'Record a decision for Priya Shah' })).toHaveAttribute('href', '/vacancies/v-tm/pool/S000210');
    expect(within(entries[1]).getByTestId('pool-decision')).toHaveTextContent('Suitable Meets every essential criterion after the 8-week course.');
    expect(within(entries[1]).getByRole('link', { name: 'Change the decision for Alex Morgan' })).toBeInTheDocument();
    expect(within(entries[1]).getByText('Why Alex Morgan is in the pool')).toBeInTheDocument();
    const reasons = within(entries[1]).getByTestId('reasons');
    expect(within(reasons).getByText('Treatment management training').tagName).toBe('DT');
    expect(reasons).toHaveTextContent('training takes about 8 weeks');
    expect(entries[1]).toHaveTextContent('31 July 2028');
    expect(within(screen.getByTestId('interest')).getByRole('row', { name: /Alex Morgan/ })).toHaveTextContent('Stage 1, the ring-fenced pool');
    expect(screen.getByText('No offer has been made.')).toBeInTheDocument();
    const timeline = screen.getByTestId('vacancy-timeline');
    // newest first: each step's title over its sentence; a step without a title shows its sentence
    expect(within(timeline).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Opened to the ring-fenced pool',
      'Created as a draft.',
    ]);
    expect(timeline).toHaveTextContent('Treatment Manager opened to the ring-fenced pool.');
    expect(timeline).toHaveTextContent('3 August 2026');
    expect(screen.getByRole('button', { name: 'Make an offer' })).toHaveAttribute('href', '/vacancies/v-tm/offer');
  });

  it('opens the next stage with If-Match, and shows the refusal naming the pool while someone has no decision', async () => {
    const move = vi.fn<(init: RequestInit) => StubResponse>(() => ({
      status: 409,
      body: { type: 'about:blank', title: 'Conflict', status: 409, errors: [{ field: 'pool', message: 'Record whether Priya Shah is suitable, with a written reason, before the vacancy opens to internal applicants.' }] },
    }));
    stubApi((path, init) => (path === '/vacancies/v-tm/transitions' ? move(init) : vacancyResponder([Role.HrAdmin])(path, init)));
    renderRoutes(vacancyRoutes, '/vacancies/v-tm');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open to internal applicants' }));
    const link = await screen.findByRole('link', { name: /Record whether Priya Shah is suitable/ });
    expect(link).toHaveAttribute('href', '#pool');
    const init = move.mock.calls[0][0];
    expect(new Headers(init.headers).get('If-Match')).toBe('"5"');
    expect(JSON.parse(String(init.body))).toEqual({ step: 'OPEN_INTERNAL' });
  });

  it('shows HR evaluators the vacancy and pool without any action', async () => {
    stubApi(vacancyResponder([Role.HrEvaluator]));
    renderRoutes(vacancyRoutes, '/vacancies/v-tm');
    await screen.findAllByTestId('pool-entry');
    expect(screen.queryByTestId('vacancy-actions')).toBeNull();
    expect(screen.queryByRole('link', { name: /Record a decision/ })).toBeNull();
  });

  it('records a suitability decision with its written reason', async () => {
    const decide = vi.fn<(init: RequestInit) => StubResponse>(() => ({ status: 200, body: POOL.items[0] }));
    stubApi((path, init) => {
      if (path === '/vacancies/v-tm/pool/S000210') return decide(init);
      if (path === '/vacancies/v-tm/eligibility?staffNumber=S000210') {
        return { status: 200, body: { ...MY_TM, staffNumber: 'S000210', name: 'Priya Shah', priority: true, reasons: POOL.items[0].reasons } };
      }
      return vacancyResponder([Role.HrAdmin])(path, init);
    });
    renderRoutes(vacancyRoutes, '/vacancies/v-tm/pool/S000210');
    expect(await screen.findByRole('heading', { level: 1, name: 'Is Priya Shah suitable for this post?' })).toBeInTheDocument();
    expect(screen.getByText('You have statutory priority (maternity leave).')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));
    expect(await screen.findByRole('link', { name: 'Select whether Priya Shah is suitable for this post' })).toHaveAttribute('href', '#suitability');
    expect(screen.getByRole('link', { name: 'Enter the reason Priya Shah will be given' })).toHaveAttribute('href', '#reason');
    expect(decide).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText('Not suitable'));
    await user.type(screen.getByLabelText('Reason'), 'Does not hold accredited programme facilitation, and the course takes longer than six months.');
    await user.click(screen.getByRole('button', { name: 'Save the decision' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/vacancies/v-tm'));
    const init = decide.mock.calls[0][0];
    expect(init.method).toBe('PUT');
    expect(JSON.parse(String(init.body))).toEqual({
      suitability: 'NOT_SUITABLE',
      reason: 'Does not hold accredited programme facilitation, and the course takes longer than six months.',
    });
  });
});

describe('offers and trials', () => {
  it('extends a running trial once, with the agreed end date and reason', async () => {
    const extend = vi.fn<(init: RequestInit) => StubResponse>(() => ({
      status: 200,
      body: { ...TRIAL_OFFER, trial: { ...TRIAL_OFFER.trial, extended: true, extendedTo: '2026-09-28', endsOn: '2026-09-28', text: 'Trial from 3 August 2026 to 28 September 2026 (extended from 31 August 2026).' } },
    }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/offers/o-2') return { status: 200, body: TRIAL_OFFER };
      if (path === '/offers/o-2/trial-extension') return extend(init);
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/offers/o-2');
    expect(await screen.findByTestId('trial-ends')).toHaveTextContent('31 August 2026');
    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('offer-actions')).getByRole('link', { name: 'Extend the trial' }));
    expect(await screen.findByTestId('trial-now')).toHaveTextContent('It ends on 31 August 2026.');
    await user.click(screen.getByRole('button', { name: 'Extend the trial' }));
    expect(await screen.findByRole('link', { name: 'Enter the agreed end date' })).toHaveAttribute('href', '#agreedEnd');
    expect(screen.getByRole('link', { name: 'Enter the reason for the extension' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Day'), '28');
    await user.type(screen.getByLabelText('Month'), '9');
    await user.type(screen.getByLabelText('Year'), '2026');
    await user.type(screen.getByLabelText('Reason for the extension'), 'Four more weeks to finish the treatment management course.');
    await user.click(screen.getByRole('button', { name: 'Extend the trial' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/offers/o-2'));
    expect(JSON.parse(String(extend.mock.calls[0][0].body))).toEqual({ agreedEnd: '2026-09-28', reason: 'Four more weeks to finish the treatment management course.' });
  });

  it('offers no trial extension once it has been extended', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/offers/o-2') return { status: 200, body: { ...TRIAL_OFFER, trial: { ...TRIAL_OFFER.trial, extended: true, extendedTo: '2026-09-28', endsOn: '2026-09-28', extensionReason: 'Course.' } } };
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/offers/o-2');
    const actions = await screen.findByTestId('offer-actions');
    expect(within(actions).queryByRole('link', { name: 'Extend the trial' })).toBeNull();
    expect(within(actions).getByRole('link', { name: 'Confirm the appointment' })).toHaveAttribute('href', '/offers/o-2/confirm');
    expect(screen.getByTestId('trial-ends')).toHaveTextContent('28 September 2026');
  });
});

describe('Vacancies for me', () => {
  it('shows each vacancy’s reasons as a summary list, and expresses interest in one the person may apply for', async () => {
    const express = vi.fn<(init: RequestInit) => StubResponse>(() => ({
      status: 200,
      body: { vacancyId: 'v-tm', staffNumber: 'S000102', name: 'Alex Morgan', stage: 'RING_FENCE', expressedAt: '2026-08-05T08:30:00Z' },
    }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Staff], 'staff2') };
      if (path.startsWith('/me/vacancies?')) return { status: 200, body: page([MY_TM, MY_PO]) };
      if (path.startsWith('/me/offers?')) return { status: 200, body: page([TRIAL_OFFER, OPEN_OFFER]) };
      if (path === '/me/vacancies/v-tm/interest') return express(init);
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/my-vacancies');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vacancies for you' })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('vacancy-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByTestId('verdict')).toHaveTextContent('You can apply now, at stage 1, the ring-fenced pool.');
    const reasons = within(cards[0]).getByTestId('reasons');
    expect(reasons.tagName).toBe('DL');
    expect(within(reasons).getByText('Ring-fenced pool').tagName).toBe('DT');
    expect(reasons).toHaveTextContent('You are at risk until 31 July 2028.');
    expect(within(cards[1]).getByTestId('verdict')).toHaveTextContent('You cannot apply now.');
    expect(cards[1]).toHaveTextContent('Not met You do not have PQiP, which is essential for this post.');
    expect(cards[1]).toHaveTextContent('open to internal applicants after that');
    expect(within(cards[1]).queryByRole('button')).toBeNull();
    for (const card of cards) expect(card).not.toHaveTextContent(/ESSENTIAL_CRITERION|RING_FENCE|AT_RISK/);

    const offers = screen.getAllByTestId('my-offer');
    expect(within(offers[0]).getByTestId('trial-ends')).toHaveTextContent('31 August 2026');
    expect(within(offers[1]).getByRole('link', { name: 'Accept the offer of Victim Liaison Officer' })).toHaveAttribute('href', '/my-vacancies/offers/o-1/accept');
    expect(within(offers[1]).getByRole('link', { name: 'Decline the offer of Victim Liaison Officer' })).toHaveAttribute('href', '/my-vacancies/offers/o-1/decline');

    const user = userEvent.setup();
    await user.click(within(cards[0]).getByRole('button', { name: 'Express interest in Treatment Manager' }));
    expect(await screen.findByText('Your interest has been recorded. HR will be in touch.')).toBeInTheDocument();
    expect(express.mock.calls[0][0].method).toBe('PUT');
  });

  it('declines an offer with reasons and says what it means for pay protection', async () => {
    const decline = vi.fn<(init: RequestInit) => StubResponse>(() => ({
      status: 200,
      body: {
        ...OPEN_OFFER,
        status: 'DECLINED',
        declineReason: 'The travel to Preston is too far.',
        declineOutcome: { suitable: true, endsProtection: false, text: 'The offer was suitable. Under the employer’s policy, declining it does not end pay protection.' },
      },
    }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.Staff], 'staff2') };
      if (path === '/offers/o-1') return { status: 200, body: OPEN_OFFER };
      if (path === '/offers/o-1/decline') return decline(init);
      if (path.startsWith('/me/vacancies?')) return { status: 200, body: page([]) };
      if (path.startsWith('/me/offers?')) return { status: 200, body: page([]) };
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/my-vacancies/offers/o-1/decline');
    expect(await screen.findByRole('heading', { level: 1, name: 'Decline the offer of Victim Liaison Officer' })).toBeInTheDocument();
    expect(screen.getByTestId('suitable-warning')).toHaveTextContent('HR recorded this as a suitable alternative offer.');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Decline the offer' }));
    expect(await screen.findByRole('link', { name: 'Enter the reasons for declining the offer' })).toHaveAttribute('href', '#reason');
    await user.type(screen.getByLabelText('Reasons for declining'), 'The travel to Preston is too far.');
    await user.click(screen.getByRole('button', { name: 'Decline the offer' }));
    expect(await screen.findByText(/declining it does not end pay protection/)).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/my-vacancies');
    expect(JSON.parse(String(decline.mock.calls[0][0].body))).toEqual({ reason: 'The travel to Preston is too far.' });
  });

  it('lets staff answer only their own offer: no HR actions on their routes', async () => {
    stubApi((path) => (path === '/auth/me' ? { status: 200, body: profileFor([Role.Staff], 'staff2') } : undefined));
    renderRoutes(vacancyRoutes, '/my-vacancies/offers/o-1/withdraw');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });
});

describe('one person’s vacancies', () => {
  it('shows a union rep a consenting member’s vacancies with reasons, and the way back to their members', async () => {
    const fetchMock = stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.UnionRep], 'rep') };
      if (path.startsWith('/staff/S000102/vacancies?')) return { status: 200, body: { ...page([{ ...MY_TM, staffNumber: 'S000102', name: 'Alex Morgan' }]), staffNumber: 'S000102', name: 'Alex Morgan' } };
      if (path.startsWith('/staff/S000102/offers?')) return { status: 200, body: page([TRIAL_OFFER]) };
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/staff/S000102/vacancies');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vacancies for Alex Morgan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your members' })).toHaveAttribute('href', '/member-vacancies');
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Alex Morgan can apply now, at stage 1, the ring-fenced pool.');
    expect(screen.queryByRole('link', { name: /See the vacancy/ })).toBeNull();
    expect(within(await screen.findByTestId('offers')).getByRole('row', { name: /Domestic Abuse Safety Officer/ })).toHaveTextContent('31 August 2026');
    expect(calledUrls(fetchMock).find((url) => url.includes('/staff/S000102/vacancies?'))).toContain('fits=true');
  });

  it('says so when the member has not consented', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.UnionRep], 'rep') };
      if (path.startsWith('/staff/S000999/')) return { status: 403, body: { status: 403, title: 'Forbidden' } };
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/staff/S000999/vacancies');
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeInTheDocument();
  });
});

describe('ring-fence rules', () => {
  it('lists each rule in a sentence, and sets a new one for the facilitators at risk', async () => {
    const create = vi.fn<(init: RequestInit) => StubResponse>(() => ({ status: 201, body: {} }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/units') return { status: 200, body: { items: [] } };
      if (path.startsWith('/pay-bands')) return { status: 200, body: { items: [{ id: 'b4', code: '4', name: 'Band 4' }], page: 1, size: 100, totalItems: 1 } };
      if (path.startsWith('/rebandings?')) {
        return {
          status: 200,
          body: page([
            {
              id: 'r-1',
              status: 'APPLIED',
              effectiveFrom: '2026-08-01',
              outcome: { evaluationId: 'e-if', total: 512, band: { id: 'b3', code: '3', name: 'Band 3' }, effectiveFrom: '2026-08-01', schemeName: 'Probation', schemeVersion: 1 },
              jobDescription: { id: 'jd-if', reference: 'INT-IF-001', title: 'Intervention Facilitator' },
              replaces: [],
              headcount: 40,
              createdAt: '2026-07-01T09:00:00Z',
            },
          ]),
        };
      }
      if (path === '/ring-fences' && init.method === 'POST') return create(init);
      if (path.startsWith('/ring-fences?')) return { status: 200, body: page([]) };
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/ring-fences/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Set a ring-fence rule' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Band 4'));
    await user.type(screen.getByLabelText('Directorate (optional)'), 'Interventions');
    await user.click(await screen.findByLabelText('Intervention Facilitator re-banding to Band 3'));
    const [fromDay, untilDay] = screen.getAllByLabelText('Day');
    const [fromMonth, untilMonth] = screen.getAllByLabelText('Month');
    const [fromYear, untilYear] = screen.getAllByLabelText('Year');
    await user.type(fromDay, '1');
    await user.type(fromMonth, '8');
    await user.type(fromYear, '2026');
    await user.type(untilDay, '31');
    await user.type(untilMonth, '7');
    await user.type(untilYear, '2026');
    await user.click(screen.getByRole('button', { name: 'Set the rule' }));
    expect(await screen.findByRole('link', { name: 'The last day of the ring-fence must be on or after its first day' })).toBeInTheDocument();
    await user.clear(untilMonth);
    await user.type(untilMonth, '1');
    await user.clear(untilYear);
    await user.type(untilYear, '2027');
    await user.click(screen.getByRole('button', { name: 'Set the rule' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/ring-fences'));
    expect(JSON.parse(String(create.mock.calls[0][0].body))).toEqual({
      bandCodes: ['4'],
      directorate: 'Interventions',
      rebandingIds: ['r-1'],
      from: '2026-08-01',
      until: '2027-01-31',
    });
  });
});

describe('the staff record', () => {
  it('shows HR admins the vacancies that fit, the criteria held and statutory priority, and removes a period', async () => {
    const { peopleRoutes } = await import('../people/routes');
    const { ALEX } = await import('../people/testPeople');
    const remove = vi.fn<(init: RequestInit) => StubResponse>(() => ({ status: 204 }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/staff/S000102') return { status: 200, body: ALEX };
      if (path === '/staff/S000102/criteria') {
        return { status: 200, body: { staffNumber: 'S000102', name: 'Alex Morgan', items: [{ criterion: 'Accredited programme facilitation', achievedOn: '2016-03-01' }] }, headers: { ETag: '"2"' } };
      }
      if (path === '/staff/S000102/statutory-priorities/sp-1') return remove(init);
      if (path === '/staff/S000102/statutory-priorities') {
        return { status: 200, body: { items: [{ id: 'sp-1', reason: 'MATERNITY_LEAVE', from: '2026-09-01', to: '2027-05-31', recordedBy: 'admin', recordedAt: '2026-08-20T09:00:00Z' }] } };
      }
      return undefined;
    });
    renderRoutes(peopleRoutes, '/staff/S000102');
    const section = await screen.findByTestId('staff-vacancy-section');
    expect(within(section).getByRole('link', { name: 'Vacancies that fit Alex Morgan' })).toHaveAttribute('href', '/staff/S000102/vacancies');
    expect(within(await within(section).findByTestId('held-criteria')).getByRole('row', { name: /Accredited programme facilitation/ })).toHaveTextContent('1 March 2016');
    expect(within(section).getByRole('link', { name: 'Change the criteria held by Alex Morgan' })).toHaveAttribute('href', '/staff/S000102/criteria');
    const priorities = await within(section).findByTestId('priorities');
    expect(priorities).toHaveTextContent('Maternity leave');
    expect(priorities).toHaveTextContent('1 September 2026 to 31 May 2027');
    const user = userEvent.setup();
    await user.click(within(priorities).getByRole('button', { name: 'Remove the maternity leave period' }));
    await waitFor(() => expect(remove).toHaveBeenCalledTimes(1));
    expect(remove.mock.calls[0][0].method).toBe('DELETE');
  });
});

describe('staff at risk and the vacancies that fit', () => {
  it('lists each person at risk with the vacancies whose pool they are in, from one bulk request', async () => {
    const fetchMock = stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path.startsWith('/eligibility-matrix?')) {
        return {
          status: 200,
          body: {
            asOf: '2026-09-01',
            vacancies: [
              { id: 'v-tm', title: 'Treatment Manager', band: '4', unit: 'North West: Interventions', status: 'RING_FENCE' },
              { id: 'v-po', title: 'Probation Officer', band: '4', unit: 'London: Lambeth PDU', status: 'INTERNAL' },
            ],
            people: [{ staffNumber: 'S000102', name: 'Alex Morgan', band: '3', atRiskUntil: '2028-07-31', pool: [0], eligible: [0], priority: [] }],
            page: 1,
            size: 50,
            totalItems: 1,
            eligibleCount: 1,
          },
        };
      }
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/vacancies/at-risk');
    const row = within(await screen.findByTestId('at-risk')).getByRole('row', { name: /Alex Morgan/ });
    expect(within(row).getByRole('link', { name: 'Alex Morgan' })).toHaveAttribute('href', '/staff/S000102/vacancies');
    expect(row).toHaveTextContent('31 July 2028');
    expect(row).toHaveTextContent('Treatment Manager (North West: Interventions)');
    expect(row).not.toHaveTextContent('Probation Officer');
    expect(screen.getByTestId('matrix-summary')).toHaveTextContent('1 person is at risk on 1 September 2026, against 2 open vacancies.');
    expect(calledUrls(fetchMock).filter((url) => url.includes('/eligibility-matrix'))).toHaveLength(1);
  });
});
