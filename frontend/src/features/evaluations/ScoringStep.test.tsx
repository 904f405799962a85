import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_ERRORS } from '../../forms/formErrors';
import type { AgreedLevel, Evaluation } from '../../generated/api';
import { ScoringStep } from './ScoringStep';
import { TINY_SCHEME } from './testSchemes';

function renderWithQueries(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

const knowledge = TINY_SCHEME.factors[0];
const workingConditions = TINY_SCHEME.factors[2];

function agreedLevel(factorCode: string, level: number, points: number, rationale = `Because of ${factorCode}`): AgreedLevel {
  return { factorCode, factorName: factorCode, level, points, rationale, recordedBy: 'Sam Okafor', recordedAt: new Date() };
}

/** An evaluation with its panel, as the server answers it (running total and score worked out there). */
function evaluation(agreedLevels: AgreedLevel[], extra: Partial<Evaluation> = {}): Evaluation {
  return {
    id: 'e1',
    jdId: 'jd1',
    jdVersionId: 'v1',
    jdVersionNumber: 1,
    reference: 'INT-IF-001',
    title: 'Intervention Facilitator',
    roleFamily: 'Intervention Facilitator',
    directorate: 'Interventions',
    requesterType: 'HR',
    requestedOn: new Date('2026-06-02'),
    reason: 'New JD',
    status: 'IN_PANEL',
    daysWaiting: 3,
    targetDate: new Date('2026-09-01'),
    overdue: false,
    nextStep: 'The panel is agreeing a level for each factor of the job description.',
    panelWorkShown: true,
    requestedByMe: false,
    panel: [],
    onMyPanel: true,
    agreedLevels,
    factorCount: 3,
    runningTotal: agreedLevels.length === 0 ? undefined : agreedLevels.reduce((sum, level) => sum + level.points, 0),
    checkRequired: false,
    signOffs: [],
    signOffComplete: false,
    awaitingSignOff: false,
    canPublish: false,
    blockers: [],
    createdAt: new Date(),
    updatedAt: new Date(),
    ...extra,
  };
}

function step(record: Evaluation, factor = knowledge, onSave = vi.fn(), onClientErrors = vi.fn(), onDirtyChange = vi.fn()) {
  return (
    <ScoringStep
      evaluation={record}
      scheme={TINY_SCHEME}
      factor={factor}
      provisional={[]}
      hiddenLevels={0}
      errors={NO_ERRORS}
      submitting={false}
      onSave={onSave}
      onClientErrors={onClientErrors}
      onDirtyChange={onDirtyChange}
    />
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scoring one factor', () => {
  it('offers every level as a radio with its points and descriptor', () => {
    renderWithQueries(step(evaluation([])));
    const radios = within(screen.getByRole('group', { name: 'Agreed level for knowledge' })).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect(screen.getByRole('radio', { name: 'Level 2 – 200 points' })).toHaveAccessibleDescription('Applies a body of knowledge');
    expect(screen.getByText('What the job needs to know')).toBeInTheDocument();
  });

  it('says scoring has not started rather than showing 0 points and a band', () => {
    renderWithQueries(step(evaluation([])));
    expect(screen.getByRole('heading', { name: 'Score so far' })).toBeInTheDocument();
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('Not started: no factor has an agreed level yet.');
    expect(screen.queryByTestId('running-score-band')).toBeNull();
  });

  it('shows the server’s running total of a part score, and the unsaved choice beside it, with no band yet', async () => {
    const onDirtyChange = vi.fn();
    renderWithQueries(step(evaluation([agreedLevel('EFFORT', 1, 50)]), knowledge, vi.fn(), vi.fn(), onDirtyChange));
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('50 points');
    expect(screen.getByTestId('running-score-progress')).toHaveTextContent('From 1 of 3 factors. The band is known once every factor has an agreed level.');
    expect(screen.queryByTestId('running-score-band')).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Level 2 – 200 points' }));
    expect(screen.getByTestId('running-score-unsaved')).toHaveTextContent('Not saved yet: level 2 (200 points) for knowledge.');
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('50 points');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
  });

  it('asks the scheme for the score when a choice changes a complete set, and warns near a boundary', async () => {
    const fetchMock = vi.fn().mockImplementation((_url: string, init: RequestInit) => {
      const { levels } = JSON.parse(String(init.body));
      const body =
        levels.WORKING_CONDITIONS === 2
          ? { total: 270, band: '3', bandName: 'Band 3', outOfRange: false, nearBoundary: true, nextBoundary: 280, nextBand: '4', pointsToNextBand: 10, summary: 'x' }
          : undefined;
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    });
    vi.stubGlobal('fetch', fetchMock);
    const saved = evaluation([agreedLevel('KNOWLEDGE', 2, 200), agreedLevel('EFFORT', 1, 50), agreedLevel('WORKING_CONDITIONS', 1, 10, 'Office based')], {
      score: { total: 260, band: '3', bandName: 'Band 3', outOfRange: false, nearBoundary: false, nextBoundary: 280, nextBand: '4', pointsToNextBand: 20, summary: 's' },
    });
    renderWithQueries(step(saved, workingConditions));
    expect(screen.getByRole('radio', { name: 'Level 1 – 10 points' })).toBeChecked();
    expect(screen.getByLabelText('Rationale')).toHaveValue('Office based');
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('260 points');
    expect(screen.getByTestId('running-score-next')).toHaveTextContent('20 points to Band 4 (starts at 280)');
    expect(fetchMock).not.toHaveBeenCalled();

    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Level 2 – 20 points' }));
    expect(await screen.findByText('10 points to Band 4 (starts at 280)')).toBeInTheDocument();
    expect(screen.getByTestId('running-score-total')).toHaveTextContent('270 points');
    expect(screen.getByTestId('running-score-unsaved')).toHaveTextContent('Includes your choice for working conditions, which is not saved yet.');
    expect(screen.getByTestId('near-boundary-warning')).toHaveTextContent('once saved, a consistency check will be needed');
    const [url, init] = fetchMock.mock.calls.at(-1)!;
    expect(url).toBe('/api/v1/schemes/scheme-1/score');
    expect(JSON.parse(init.body)).toEqual({ levels: { KNOWLEDGE: 2, EFFORT: 1, WORKING_CONDITIONS: 2 } });
  });

  it('hides the other members’ provisional levels until the member records their own', () => {
    renderWithQueries(
      <ScoringStep
        evaluation={evaluation([])}
        scheme={TINY_SCHEME}
        factor={knowledge}
        provisional={[]}
        hiddenLevels={2}
        errors={NO_ERRORS}
        submitting={false}
        onSave={vi.fn()}
        onClientErrors={vi.fn()}
      />,
    );
    expect(screen.getByTestId('provisional-hint')).toHaveTextContent('2 other members have recorded a provisional level for this factor. You see it once you have recorded your own.');
  });

  it('asks for a level and a rationale in one pass, each naming the factor', async () => {
    const onSave = vi.fn();
    const onClientErrors = vi.fn();
    renderWithQueries(step(evaluation([]), knowledge, onSave, onClientErrors));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(onClientErrors.mock.calls[0][0].byInputId).toEqual({
      level: 'Select the level the panel agreed for knowledge',
      rationale: 'Enter the panel’s rationale for the level of knowledge',
    });

    await user.click(screen.getByRole('radio', { name: 'Level 1 – 100 points' }));
    await user.type(screen.getByLabelText('Rationale'), ' Works to set procedures ');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSave).toHaveBeenCalledWith({ level: 1, rationale: 'Works to set procedures' });
  });
});
