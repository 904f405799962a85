import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_ERRORS } from '../../forms/formErrors';
import { ScoringStep } from './ScoringStep';
import { TINY_SCHEME } from './testSchemes';

function renderWithQueries(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

const knowledge = TINY_SCHEME.factors[0];
const workingConditions = TINY_SCHEME.factors[2];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scoring one factor', () => {
  it('offers every level as a radio with its points and descriptor', () => {
    renderWithQueries(
      <ScoringStep scheme={TINY_SCHEME} factor={knowledge} agreedLevels={{}} provisional={[]} errors={NO_ERRORS} submitting={false} onSave={vi.fn()} onClientErrors={vi.fn()} />,
    );
    const radios = within(screen.getByRole('group', { name: 'Agreed level for knowledge' })).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    const second = screen.getByRole('radio', { name: 'Level 2 – 200 points' });
    expect(second).toHaveAccessibleDescription('Applies a body of knowledge');
    expect(screen.getByText('What the job needs to know')).toBeInTheDocument();
  });

  it('updates the running total as the level changes, provisionally until every factor has one', async () => {
    renderWithQueries(
      <ScoringStep scheme={TINY_SCHEME} factor={knowledge} agreedLevels={{ EFFORT: 1 }} provisional={[]} errors={NO_ERRORS} submitting={false} onSave={vi.fn()} onClientErrors={vi.fn()} />,
    );
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('50 points');
    expect(screen.getByTestId('running-score-progress')).toHaveTextContent('Provisional: 1 of 3 factors scored');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Level 2 – 200 points' }));
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('250 points');
    expect(screen.getByTestId('running-score-progress')).toHaveTextContent('Provisional: 2 of 3 factors scored');
    expect(screen.getByTestId('running-score-band')).toHaveTextContent('Band 3');
    expect(screen.getByTestId('running-score-next')).toHaveTextContent('30 points to Band 4 (starts at 280)');
    await user.click(screen.getByRole('radio', { name: 'Level 3 – 300 points' }));
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('350 points');
    expect(screen.getByTestId('running-score-band')).toHaveTextContent('Band 4');
  });

  it('asks the scheme for the score of a complete set and warns when it is near a boundary', async () => {
    const serverScores: Record<number, object> = {
      1: { total: 260, band: '3', bandName: 'Band 3', outOfRange: false, nearBoundary: false, nextBoundary: 280, nextBand: '4', pointsToNextBand: 20 },
      2: { total: 270, band: '3', bandName: 'Band 3', outOfRange: false, nearBoundary: true, nextBoundary: 280, nextBand: '4', pointsToNextBand: 10 },
    };
    const fetchMock = vi.fn().mockImplementation((_url: string, init: RequestInit) => {
      const { levels } = JSON.parse(String(init.body));
      return Promise.resolve(
        new Response(JSON.stringify(serverScores[levels.WORKING_CONDITIONS]), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      );
    });
    vi.stubGlobal('fetch', fetchMock);
    const agreedLevels = { KNOWLEDGE: 2, EFFORT: 1, WORKING_CONDITIONS: 1 };
    renderWithQueries(
      <ScoringStep
        scheme={TINY_SCHEME}
        factor={workingConditions}
        agreed={{ factorCode: 'WORKING_CONDITIONS', factorName: 'Working conditions', level: 1, points: 10, rationale: 'Office based', recordedBy: 'evaluator', recordedAt: new Date() }}
        agreedLevels={agreedLevels}
        provisional={[{ userId: 'u1', displayName: 'Rita Rep', level: 2 }]}
        errors={NO_ERRORS}
        submitting={false}
        onSave={vi.fn()}
        onClientErrors={vi.fn()}
      />,
    );
    expect(screen.getByTestId('provisional-hint')).toHaveTextContent('Rita Rep: level 2');
    expect(screen.getByRole('radio', { name: 'Level 1 – 10 points' })).toBeChecked();
    expect(screen.getByLabelText('Rationale')).toHaveValue('Office based');
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('260 points');
    expect(screen.queryByTestId('running-score-progress')).toBeNull();
    expect(screen.queryByTestId('near-boundary-warning')).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Level 2 – 20 points' }));
    expect(await screen.findByText('10 points to Band 4 (starts at 280)')).toBeInTheDocument();
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('270 points');
    expect(screen.getByTestId('near-boundary-warning')).toHaveTextContent('Near a band boundary: a consistency check is needed');
    const [url, init] = fetchMock.mock.calls.at(-1)!;
    expect(url).toBe('/api/v1/schemes/scheme-1/score');
    expect(JSON.parse(init.body)).toEqual({ levels: { KNOWLEDGE: 2, EFFORT: 1, WORKING_CONDITIONS: 2 } });
  });

  it('requires a level and a rationale before saving', async () => {
    const onSave = vi.fn();
    const onClientErrors = vi.fn();
    renderWithQueries(
      <ScoringStep scheme={TINY_SCHEME} factor={knowledge} agreedLevels={{}} provisional={[]} errors={NO_ERRORS} submitting={false} onSave={onSave} onClientErrors={onClientErrors} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(Object.keys(onClientErrors.mock.calls[0][0].byInputId)).toEqual(['level', 'rationale']);

    await user.click(screen.getByRole('radio', { name: 'Level 1 – 100 points' }));
    await user.type(screen.getByLabelText('Rationale'), ' Works to set procedures ');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSave).toHaveBeenCalledWith({ level: 1, rationale: 'Works to set procedures' });
  });
});
