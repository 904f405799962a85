import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../../auth/roles';
import { profileFor, renderRoutes, type RequestHandler, stubApi } from '../schemes/pageTesting';
import { jobDescriptionRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Fills every field, pasting the text (typing it key by key is slow on a busy machine and proves nothing more). */
async function fillIn() {
  const user = userEvent.setup();
  const paste = async (field: HTMLElement, text: string) => {
    await user.click(field);
    await user.paste(text);
  };
  await paste(await screen.findByLabelText('Reference'), 'int-if-002');
  await paste(screen.getByLabelText('Job title'), 'Intervention Facilitator');
  await paste(screen.getByLabelText('Role family'), 'Intervention Facilitator');
  await paste(screen.getByLabelText('Directorate'), 'Interventions');
  await paste(screen.getByLabelText('Purpose of the job'), 'Deliver programmes');
  await paste(screen.getByLabelText('Main duties'), 'Deliver sessions\nWrite reports');
  await paste(screen.getByLabelText('Programmes delivered (optional)'), 'TSP, BBR');
  await user.click(screen.getByRole('button', { name: 'Add criterion' }));
  await user.click(screen.getByRole('button', { name: 'Add criterion' }));
  for (const index of [0, 1]) {
    await user.selectOptions(document.getElementById(`criteria-${index}-kind`) as HTMLElement, index === 0 ? 'ESSENTIAL' : 'DESIRABLE');
    await user.selectOptions(document.getElementById(`criteria-${index}-type`) as HTMLElement, 'TRAINING');
    await paste(document.getElementById(`criteria-${index}-text`) as HTMLElement, index === 0 ? 'Core Skills' : 'BBR');
  }
  return user;
}

describe('creating a job description', () => {
  it('sends duties and programmes as lists, and the criteria', async () => {
    const create = vi.fn<RequestHandler>(() => ({ status: 201, body: { id: 'jd9', reference: 'INT-IF-002', title: 'Intervention Facilitator' } }));
    stubApi((url, init) => {
      if (url.endsWith('/auth/me')) return { status: 200, body: profileFor([Role.HrEvaluator]) };
      if (url.endsWith('/job-descriptions') && init.method === 'POST') return create(init);
      return { status: 404, body: { status: 404, title: 'Not found' } };
    });
    renderRoutes(jobDescriptionRoutes, '/job-descriptions/new');
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Create job description' }));
    expect(JSON.parse(String(create.mock.calls[0][0].body))).toEqual({
      reference: 'INT-IF-002',
      benchmark: false,
      content: {
        title: 'Intervention Facilitator',
        roleFamily: 'Intervention Facilitator',
        directorate: 'Interventions',
        purpose: 'Deliver programmes',
        mainDuties: ['Deliver sessions', 'Write reports'],
        programmes: ['TSP', 'BBR'],
        criteria: [
          { kind: 'ESSENTIAL', type: 'TRAINING', text: 'Core Skills' },
          { kind: 'DESIRABLE', type: 'TRAINING', text: 'BBR' },
        ],
      },
    });
  });

  it('shows the server’s errors at the duties and at the second criterion', async () => {
    stubApi((url, init) => {
      if (url.endsWith('/auth/me')) return { status: 200, body: profileFor([Role.HrAdmin]) };
      if (url.endsWith('/job-descriptions') && init.method === 'POST') {
        return {
          status: 400,
          body: {
            status: 400,
            title: 'The request is not valid',
            errors: [
              { field: 'content.mainDuties[1]', message: 'size must be between 1 and 1000' },
              { field: 'content.criteria[1].text', message: 'size must be between 1 and 500' },
            ],
          },
        };
      }
      return { status: 404, body: { status: 404, title: 'Not found' } };
    });
    renderRoutes(jobDescriptionRoutes, '/job-descriptions/new');
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Create job description' }));
    expect(await screen.findByText('Duty 2: size must be between 1 and 1000', { selector: '#mainDuties-error' })).toBeInTheDocument();
    expect(document.getElementById('criteria-1-text-error')).toHaveTextContent('size must be between 1 and 500');
    expect(document.getElementById('criteria-0-text')).not.toHaveClass('govuk-input--error');
    expect(document.title).toMatch(/^Error: Create a job description/);
  });

  it('adds and removes criteria', async () => {
    stubApi((url) => (url.endsWith('/auth/me') ? { status: 200, body: profileFor([Role.HrAdmin]) } : { status: 404 }));
    renderRoutes(jobDescriptionRoutes, '/job-descriptions/new');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add criterion' }));
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    await user.type(document.getElementById('criteria-1-text') as HTMLElement, 'Second');
    await user.click(screen.getByRole('button', { name: 'Remove criterion 1' }));
    expect(document.getElementById('criteria-0-text')).toHaveValue('Second');
    expect(document.getElementById('criteria-1-text')).toBeNull();
  });

  it('is only for HR', async () => {
    stubApi((url) => (url.endsWith('/auth/me') ? { status: 200, body: profileFor([Role.UnionRep]) } : { status: 404 }));
    renderRoutes(jobDescriptionRoutes, '/job-descriptions/new');
    expect(await screen.findByRole('heading', { name: 'You do not have permission to see this page' })).toBeInTheDocument();
  });
});
