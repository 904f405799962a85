import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, stubApi, type StubResponse } from '../evaluations/pageTesting';
import { peopleRoutes } from '../people/routes';
import { ALEX } from '../people/testPeople';
import { CRITERIA_TEMPLATE, CRITERIA_TEMPLATE_HREF } from './CriteriaImportPage';
import { vacancyRoutes } from './routes';
import { checkTrainingWeeks, trainingText } from './trainingWeeks';
import { vacancyStepEvents } from './vacancySteps';

afterEach(() => {
  vi.unstubAllGlobals();
});

const CATALOGUE = {
  items: [
    { criterion: 'Treatment management training', trainingWeeks: 8 },
    { criterion: 'Degree in criminology' },
    { criterion: 'Accredited programme facilitation', trainingWeeks: 1 },
  ],
};

describe('the criteria catalogue and typical training times', () => {
  it('shows HR evaluators each criterion with its training time in words, and no form', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/criteria') return { status: 200, body: CATALOGUE };
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/criteria');
    const table = await screen.findByTestId('training-catalogue');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Accredited programme facilitationAbout 1 week',
      'Degree in criminologyCannot be gained by training',
      'Treatment management trainingAbout 8 weeks',
    ]);
    expect(screen.queryByRole('button', { name: 'Save the training times' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Import the criteria/ })).toBeNull();
  });

  it('lets HR admins change each trainable criterion’s weeks, naming the field of every mistake, then saves only the trainable ones', async () => {
    const put = vi.fn<(init: RequestInit) => StubResponse>(() => ({
      status: 200,
      body: {
        items: [
          { criterion: 'Accredited programme facilitation' },
          { criterion: 'Degree in criminology', trainingWeeks: 12 },
          { criterion: 'Treatment management training', trainingWeeks: 10 },
        ],
      },
    }));
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path === '/criteria') return { status: 200, body: CATALOGUE };
      if (path === '/training-catalogue' && init.method === 'PUT') return put(init);
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/criteria');
    const user = userEvent.setup();
    const tm = await screen.findByLabelText('Treatment management training');
    expect(tm).toHaveValue('8');
    expect(screen.getByLabelText('Degree in criminology')).toHaveValue('');
    expect(screen.getByRole('link', { name: 'Import the criteria staff hold from a CSV file' })).toHaveAttribute('href', '/criteria/import');

    await user.clear(tm);
    await user.type(tm, 'eight');
    await user.type(screen.getByLabelText('Degree in criminology'), '600');
    await user.click(screen.getByRole('button', { name: 'Save the training times' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Typical training for Degree in criminology must be between 1 and 520 weeks' })).toHaveAttribute(
      'href',
      '#weeks-1',
    );
    expect(within(summary).getByRole('link', { name: 'Typical training for Treatment management training must be a whole number of weeks, like 6' })).toHaveAttribute(
      'href',
      '#weeks-2',
    );
    expect(put).not.toHaveBeenCalled();

    await user.clear(tm);
    await user.type(tm, '10');
    await user.clear(screen.getByLabelText('Degree in criminology'));
    await user.type(screen.getByLabelText('Degree in criminology'), '12');
    await user.clear(screen.getByLabelText('Accredited programme facilitation'));
    await user.click(screen.getByRole('button', { name: 'Save the training times' }));
    await waitFor(() => expect(put).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String(put.mock.calls[0][0].body))).toEqual({
      items: [
        { criterion: 'Degree in criminology', weeks: 12 },
        { criterion: 'Treatment management training', weeks: 10 },
      ],
    });
    expect(await screen.findByText('The training catalogue has been saved: 2 criteria can be gained by training.')).toBeInTheDocument();
    expect(screen.getByLabelText('Accredited programme facilitation')).toHaveValue('');
  });

  it('checks typed weeks and says training times in words', () => {
    expect(checkTrainingWeeks(' ', 'PQiP')).toEqual({ ok: true });
    expect(checkTrainingWeeks('6', 'PQiP')).toEqual({ ok: true, weeks: 6 });
    expect(checkTrainingWeeks('0', 'PQiP')).toEqual({ ok: false, message: 'Typical training for PQiP must be between 1 and 520 weeks' });
    expect(checkTrainingWeeks('2.5', 'PQiP').ok).toBe(false);
    expect(trainingText(1)).toBe('About 1 week');
    expect(trainingText(26)).toBe('About 26 weeks');
    expect(trainingText(undefined)).toBe('Cannot be gained by training');
  });
});

describe('importing the criteria staff hold', () => {
  const csv = () => new File(['staff_number,criterion,achieved_on\nS000102,PQiP,2019-07-31\n'], 'criteria.csv', { type: 'text/csv' });

  it('offers the template, asks for a file, and lists every error in the file with its row, staff number and column', async () => {
    const fetchMock = stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path.startsWith('/staff-criteria-imports') && init.method === 'POST') {
        return {
          status: 200,
          body: {
            applied: false,
            rows: 3,
            created: 0,
            updated: 0,
            unchanged: 0,
            invalid: 2,
            errorCount: 2,
            errors: [
              { row: 1, staffNumber: 'S999999', field: 'staff_number', message: 'There is no staff member with the number S999999.' },
              { row: 3, staffNumber: 'S000102', field: 'achieved_on', message: 'Enter the day the criterion was achieved as a real date.' },
            ],
          },
        };
      }
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/criteria/import');
    await screen.findByRole('heading', { level: 1, name: 'Import the criteria staff hold' });
    const template = screen.getByRole('link', { name: 'Download the template (CSV)' });
    expect(template).toHaveAttribute('download', 'criteria-held-template.csv');
    expect(template.getAttribute('href')).toBe(CRITERIA_TEMPLATE_HREF);
    expect(decodeURIComponent(CRITERIA_TEMPLATE_HREF.split(',').slice(1).join(','))).toBe(CRITERIA_TEMPLATE);
    expect(CRITERIA_TEMPLATE.trim()).toBe('staff_number,criterion,achieved_on');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Select a CSV file of the criteria staff hold' })).toHaveAttribute('href', '#file');

    await user.upload(screen.getByLabelText('Upload a file'), csv());
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const table = await screen.findByTestId('import-errors');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('1S999999staff_numberThere is no staff member with the number S999999.');
    expect(rows[1]).toHaveTextContent('3S000102achieved_on');
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /The file has 2 errors\. Nothing has been imported\./ })).toHaveAttribute('href', '#import-errors');
    expect(screen.queryByRole('button', { name: 'Apply the import' })).toBeNull();
    const posted = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/staff-criteria-imports'));
    expect(posted).toHaveLength(1);
    expect(posted[0]).toContain('dryRun=true');
  });

  it('shows what a valid file would change, then applies it and confirms', async () => {
    const calls: string[] = [];
    stubApi((path, init) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (path.startsWith('/staff-criteria-imports') && init.method === 'POST') {
        calls.push(path);
        const dry = path.includes('dryRun=true');
        return { status: 200, body: { applied: !dry, rows: 40, created: 30, updated: 4, unchanged: 6, invalid: 0, errorCount: 0, errors: [] } };
      }
      return undefined;
    });
    renderRoutes(vacancyRoutes, '/criteria/import');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Upload a file'), csv());
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const checked = await screen.findByTestId('import-checked');
    expect(checked).toHaveTextContent('Every row of criteria.csv is valid. Nothing has changed yet.');
    expect(within(checked).getByTestId('import-figures')).toHaveTextContent('Criteria newly held30');
    await user.click(within(checked).getByRole('button', { name: 'Apply the import' }));
    const done = await screen.findByTestId('import-applied');
    expect(done).toHaveTextContent('Criteria imported');
    expect(done).toHaveTextContent('40 rows imported');
    expect(calls).toHaveLength(2);
    expect(calls[0]).toContain('dryRun=true');
    expect(calls[1]).not.toContain('dryRun=true');
  });

  it('keeps HR evaluators out of the import', async () => {
    stubApi((path) => (path === '/auth/me' ? { status: 200, body: profileFor([Role.HrEvaluator]) } : undefined));
    renderRoutes(vacancyRoutes, '/criteria/import');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('You do not have permission to see this page');
    expect(screen.queryByRole('button', { name: 'Check the file' })).toBeNull();
  });
});

const STEPS = {
  staffNumber: 'S000102',
  name: 'Alex Morgan',
  items: [
    {
      at: '2026-09-10T10:00:00Z',
      actor: 'staff2',
      title: 'Offer declined',
      text: 'Alex Morgan declined the offer of Probation Officer: too far from home.',
      vacancyId: 'v-po',
      vacancyTitle: 'Probation Officer',
    },
    {
      at: '2026-08-20T09:00:00Z',
      actor: 'staff2',
      title: 'Interest expressed',
      text: 'Alex Morgan expressed interest in Treatment Manager.',
      vacancyId: 'v-tm',
      vacancyTitle: 'Treatment Manager',
    },
  ],
};

describe('vacancy steps on a person’s timeline', () => {
  it('turns each step into a titled entry naming the vacancy', () => {
    const events = vacancyStepEvents([{ ...STEPS.items[0], at: new Date(STEPS.items[0].at), vacancyId: 'v-po' }]);
    expect(events).toEqual([
      {
        key: 'vacancy-step-0',
        date: new Date('2026-09-10T10:00:00Z'),
        title: 'Offer declined: Probation Officer',
        lines: ['Alex Morgan declined the offer of Probation Officer: too far from home.'],
      },
    ]);
  });

  it('shows HR the steps among the pay history, newest first, with dates in words', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (path === '/staff/S000102') return { status: 200, body: ALEX };
      if (path === '/staff/S000102/vacancy-steps') return { status: 200, body: STEPS };
      return undefined;
    });
    renderRoutes(peopleRoutes, '/staff/S000102');
    const timeline = await screen.findByRole('list', { name: 'Pay history and protection of Alex Morgan' });
    await within(timeline).findByText('Offer declined: Probation Officer');
    const titles = within(timeline)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles.slice(0, 2)).toEqual(['Offer declined: Probation Officer', 'Interest expressed: Treatment Manager']);
    expect(timeline).toHaveTextContent('10 September 2026');
    expect(timeline).toHaveTextContent('Alex Morgan declined the offer of Probation Officer: too far from home.');
    expect(timeline).not.toHaveTextContent('2026-09-10');
  });

  it('shows the person their own steps on their pay page', async () => {
    stubApi((path) => {
      if (path === '/auth/me') return { status: 200, body: { ...profileFor([Role.Staff], 'staff2'), displayName: 'Alex Morgan' } };
      if (path === '/me') return { status: 200, body: ALEX };
      if (path === '/me/vacancy-steps') return { status: 200, body: STEPS };
      return undefined;
    });
    renderRoutes(peopleRoutes, '/my-pay');
    const timeline = await screen.findByRole('list', { name: 'Your pay history' });
    expect(await within(timeline).findByText('Interest expressed: Treatment Manager')).toBeInTheDocument();
  });
});
