import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi, type StubResponse } from '../evaluations/pageTesting';
import { rebandingRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

const JD = { id: 'jd-if', reference: 'INT-IF-001', title: 'Intervention Facilitator' };
const OUTCOME = {
  evaluationId: 'e-if',
  total: 512,
  band: { id: 'b3', code: '3', name: 'Band 3' },
  effectiveFrom: '2026-08-01',
  schemeName: 'Probation job evaluation scheme',
  schemeVersion: 1,
};
const REBANDING = {
  id: 'r-1',
  status: 'DRAFT',
  effectiveFrom: '2026-08-01',
  outcome: OUTCOME,
  jobDescription: JD,
  replaces: [{ id: 'jd-po', reference: 'INT-PF-PO-001', title: 'Programme Facilitator (Probation Officer)' }],
  headcount: 48,
  createdAt: '2026-11-30T10:00:00Z',
  calculatedAt: '2026-11-30T10:00:00Z',
  people: {
    items: [
      {
        staffNumber: 'S000102',
        name: 'Alex Morgan',
        from: { band: '4', bandName: 'Band 4', payPoint: 3, salaryPence: 3755000 },
        to: { band: '3', bandName: 'Band 3', payPoint: 5, salaryPence: 3100000 },
        change: 'DOWN',
        protection: { type: 'MARK_TIME', until: '2028-07-31', protectedSalaryPence: 3755000 },
        arrearsPence: 0,
        annualChangePence: 0,
      },
    ],
    page: 1,
    size: 25,
    totalItems: 48,
  },
  totals: {
    up: 0,
    same: 25,
    down: 23,
    annualChangePence: 0,
    byFinancialYear: [
      { year: '2026-27', changePence: 0 },
      { year: '2027-28', changePence: 0 },
      { year: '2028-29', changePence: -10043500 },
    ],
    arrearsPence: 0,
  },
  equalityImpact: [
    {
      characteristic: 'SEX',
      label: 'Sex',
      groups: [
        { group: 'Female', suppressed: false, headcount: 30, downgraded: 15, downgradedPercent: 50, othersHeadcount: 18, othersDowngraded: 8, othersDowngradedPercent: 44.4 },
        { group: 'Male', suppressed: false, headcount: 18, downgraded: 8, downgradedPercent: 44.4, othersHeadcount: 30, othersDowngraded: 15, othersDowngradedPercent: 50 },
      ],
    },
    { characteristic: 'DISABILITY', label: 'Disability', groups: [{ group: 'Yes', suppressed: true, note: 'fewer than 5' }] },
  ],
};

describe('re-banding impact', () => {
  it('shows the totals, the pay-bill chart with the same figures as a table, the sortable people and the suppressed equality groups', async () => {
    const fetchMock = stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path.startsWith('/rebandings/r-1?')) return { status: 200, body: REBANDING, headers: { ETag: '"4"' } };
      return undefined;
    });
    renderRoutes(rebandingRoutes, '/rebandings/r-1?sort=change');
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervention Facilitator to Band 3' })).toBeInTheDocument();
    expect(screen.getByTestId('total-down')).toHaveTextContent('23 people');
    expect(screen.getByTestId('total-same')).toHaveTextContent('25 people');

    const chart = screen.getByRole('img', { name: 'Change in the pay bill by financial year' });
    expect(chart).toHaveAccessibleDescription(/2028 to 2029: a saving of £100,435/);
    const table = screen.getByTestId('paybill-table');
    expect(within(table).getByRole('row', { name: /2028 to 2029/ })).toHaveTextContent('−£100,435');
    expect(within(chart).getByText('−£100,435')).toBeInTheDocument();

    const people = screen.getByTestId('rebanding-people');
    expect(within(people).getByRole('columnheader', { name: 'Change' })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(people).getByRole('link', { name: /Name/ })).toHaveAttribute('href', '/rebandings/r-1#people');
    expect(within(people).getByRole('row', { name: /Alex Morgan/ })).toHaveTextContent('Mark time: £37,550 until 31 July 2028');
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    const url = fetchMock.mock.calls.map(([called]) => String(called)).find((called) => called.includes('/rebandings/r-1?'));
    expect(url).toContain('sort=change');

    const equality = screen.getByTestId('equality-impact');
    expect(within(equality).getByRole('table', { name: 'Disability' })).toHaveTextContent('fewer than 5');
    expect(within(equality).getByRole('row', { name: /Female/ })).toHaveTextContent('50%');
  });

  it('applies only from the confirmation page, sending the ETag as If-Match', async () => {
    const apply = vi.fn<(init: RequestInit) => StubResponse>(() => ({ status: 200, body: { ...REBANDING, status: 'APPLIED' }, headers: { ETag: '"5"' } }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/rebandings/r-1/apply') return apply(init);
      if (path.startsWith('/rebandings/r-1?')) {
        return apply.mock.calls.length > 0
          ? { status: 200, body: { ...REBANDING, status: 'APPLIED', appliedAt: '2026-11-30T11:00:00Z' }, headers: { ETag: '"5"' } }
          : { status: 200, body: REBANDING, headers: { ETag: '"4"' } };
      }
      return undefined;
    });
    renderRoutes(rebandingRoutes, '/rebandings/r-1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Apply the re-banding' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to apply the re-banding?' })).toBeInTheDocument();
    expect(screen.getByTestId('apply-summary')).toHaveTextContent('48 people: 0 up, 25 in the same band, 23 down');
    await user.click(screen.getByRole('button', { name: 'Apply the re-banding' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('The re-banding has been applied. It takes effect from 1 August 2026.');
    expect(new Headers(apply.mock.calls[0][0].headers).get('If-Match')).toBe('"4"');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Apply the re-banding' })).toBeNull());
  });

  it('shows that someone else changed the model when the apply is refused with 412', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/rebandings/r-1/apply') return { status: 412, body: { status: 412, title: 'Precondition Failed' } };
      if (path.startsWith('/rebandings/r-1?')) return { status: 200, body: REBANDING, headers: { ETag: '"4"' } };
      return undefined;
    });
    renderRoutes(rebandingRoutes, '/rebandings/r-1/apply');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Apply the re-banding' }));
    expect(await screen.findByRole('heading', { name: 'Your changes have not been saved' })).toBeInTheDocument();
  });

  it('models a re-banding from a published outcome and the JDs it replaces, naming the field a problem is about', async () => {
    const create = vi.fn<(init: RequestInit) => StubResponse>()
      .mockReturnValueOnce({ status: 400, body: { status: 400, title: 'Bad Request', errors: [{ field: 'effectiveFrom', message: 'The date the re-banding takes effect must be on or after 1 April 2026' }] } })
      .mockReturnValueOnce({ status: 201, body: REBANDING, headers: { ETag: '"1"', Location: '/api/v1/rebandings/r-1' } });
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/rebandings' && init.method === 'POST') return create(init);
      if (path.startsWith('/rebandings/r-1?')) return { status: 200, body: REBANDING, headers: { ETag: '"1"' } };
      if (path.startsWith('/evaluations?')) {
        return {
          status: 200,
          body: {
            items: [{ id: 'e-if', jdId: 'jd-if', jdVersionId: 'v1', reference: 'INT-IF-001', title: 'Intervention Facilitator', roleFamily: 'Intervention Facilitator', directorate: 'Interventions', requesterType: 'HR', requestedOn: '2026-06-01', status: 'PUBLISHED', daysWaiting: 30, targetDate: '2026-10-01', overdue: false }],
            page: 1,
            size: 100,
            totalItems: 1,
          },
        };
      }
      if (path.startsWith('/job-descriptions?')) {
        const jd = (id: string, reference: string, title: string) => ({ id, reference, title, roleFamily: title, directorate: 'Interventions', status: 'IN_FORCE', latestVersion: 1, benchmark: false, updatedAt: '2020-01-01T00:00:00Z' });
        return {
          status: 200,
          body: { items: [jd('jd-if', 'INT-IF-001', 'Intervention Facilitator'), jd('jd-po', 'INT-PF-PO-001', 'Programme Facilitator (Probation Officer)'), jd('jd-pso', 'INT-PF-PSO-001', 'Programme Facilitator (PSO)')], page: 1, size: 100, totalItems: 3 },
        };
      }
      return undefined;
    });
    renderRoutes(rebandingRoutes, '/rebandings/new');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Model the impact' }));
    expect(await screen.findByRole('link', { name: 'Select the published outcome to carry out' })).toHaveAttribute('href', '#evaluationId');

    await user.selectOptions(screen.getByLabelText(/Published outcome/), 'e-if');
    const replaces = await screen.findByRole('group', { name: /Which job descriptions does it replace/ });
    expect(within(replaces).queryByLabelText(/Intervention Facilitator/)).toBeNull();
    await user.click(within(replaces).getByLabelText(/Programme Facilitator \(Probation Officer\)/));
    await user.click(within(replaces).getByLabelText(/Programme Facilitator \(PSO\)/));
    await user.type(screen.getByLabelText('Day'), '1');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Model the impact' }));
    expect(await screen.findByRole('link', { name: 'The date the re-banding takes effect must be on or after 1 April 2026' })).toHaveAttribute('href', '#effectiveFrom');

    await user.click(screen.getByRole('button', { name: 'Model the impact' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/rebandings/r-1'));
    expect(JSON.parse(String(create.mock.calls[1][0].body))).toEqual({ evaluationId: 'e-if', replacesJobDescriptionIds: ['jd-po', 'jd-pso'], effectiveFrom: '2026-03-01' });
  });
});
