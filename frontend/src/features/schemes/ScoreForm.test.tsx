import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Factor } from '../../generated/api';
import { ScoreForm } from './ScoreForm';

const factors: Factor[] = [
  { code: 'COMMUNICATION', name: 'Communication', position: 1, levels: [{ level: 1, points: 5 }, { level: 2, points: 12 }] },
  { code: 'WORKING_CONDITIONS', name: 'Working conditions', position: 2, levels: [{ level: 1, points: 10 }, { level: 2, points: 20 }] },
];
const scheme = { id: 'scheme-1', factors, nearBoundaryPoints: 10 };

function respond(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

async function chooseEveryLevel() {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText('Communication'), '2');
  await user.selectOptions(screen.getByLabelText('Working conditions'), '1');
  await user.click(screen.getByRole('button', { name: 'Score' }));
  return user;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ScoreForm', () => {
  it('offers every level of every factor with its points', () => {
    render(<ScoreForm scheme={scheme} />);
    const select = screen.getByLabelText('Working conditions');
    expect(select).toHaveAttribute('id', 'level-WORKING_CONDITIONS');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Select a level',
      'Level 1 (10 points)',
      'Level 2 (20 points)',
    ]);
  });

  it('sends one level per factor and shows the total, the band and the near-boundary warning', async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      respond(200, {
        total: 479,
        band: '3',
        bandName: 'Band 3',
        outOfRange: false,
        nearBoundary: true,
        nextBoundary: 480,
        nextBand: '4',
        pointsToNextBand: 1,
        summary: '479 points: Band 3. Band 4 starts at 480.',
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<ScoreForm scheme={scheme} />);
    await chooseEveryLevel();

    const result = await screen.findByTestId('score-result');
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/schemes/scheme-1/score');
    expect(JSON.parse(init.body)).toEqual({ levels: { COMMUNICATION: 2, WORKING_CONDITIONS: 1 } });
    expect(result).toHaveTextContent('479 points: Band 3. Band 4 starts at 480.');
    expect(result).toHaveTextContent('Band 3');
    expect(result).toHaveTextContent('Band 4 starts at 480');
    expect(result.querySelector('.govuk-warning-text')).toHaveTextContent('Near a band boundary');
    expect(result).not.toHaveTextContent('Out of range');
  });

  it('says clearly when the total is in no band', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(respond(200, { total: 17, band: null, bandName: null, outOfRange: true, nearBoundary: false, nextBoundary: 69, nextBand: '1' })),
    );
    render(<ScoreForm scheme={scheme} />);
    await chooseEveryLevel();
    const result = await screen.findByTestId('score-result');
    expect(result.querySelector('.govuk-warning-text')).toHaveTextContent('Out of range');
    expect(result).not.toHaveTextContent('Near a band boundary');
  });

  it('shows the server’s `levels.CODE` error inline at that factor’s select', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        respond(400, {
          status: 400,
          title: 'The request is not valid',
          errors: [{ field: 'levels.WORKING_CONDITIONS', message: 'must be a level from 1 to 2' }],
        }),
      ),
    );
    render(<ScoreForm scheme={scheme} />);
    await chooseEveryLevel();
    const error = await screen.findByText('must be a level from 1 to 2', { selector: '#level-WORKING_CONDITIONS-error' });
    expect(error).toBeInTheDocument();
    expect(screen.getByLabelText('Working conditions')).toHaveClass('govuk-select--error');
    expect(screen.getByLabelText('Communication')).not.toHaveClass('govuk-select--error');
    expect(screen.getByRole('link', { name: 'must be a level from 1 to 2' })).toHaveAttribute('href', '#level-WORKING_CONDITIONS');
    expect(screen.queryByTestId('score-result')).toBeNull();
  });

  it('asks for a missing level without calling the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(<ScoreForm scheme={scheme} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Communication'), '1');
    await user.click(screen.getByRole('button', { name: 'Score' }));
    expect(document.getElementById('level-WORKING_CONDITIONS-error')).toHaveTextContent('Select a level for Working conditions');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
