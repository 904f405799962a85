import type { ReactNode } from 'react';
import type { ScoreResult } from '../../generated/api';
import { SummaryRow } from './SummaryRow';

function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

interface ScoreResultPanelProps {
  result: ScoreResult;
  nearBoundaryPoints: number;
}

/** What a set of levels scores: the total, the band (or that it is in no band), and how far the next band is. */
export function ScoreResultPanel({ result, nearBoundaryPoints }: ScoreResultPanelProps) {
  return (
    <div data-testid="score-result">
      <h3 className="govuk-heading-s">Result</h3>
      {result.summary && <p className="govuk-body">{result.summary}</p>}
      {result.outOfRange && (
        <WarningText>Out of range: a total of {result.total} is inside no band range of this scheme.</WarningText>
      )}
      {result.nearBoundary && (
        <WarningText>
          Near a band boundary: {result.total} is within {nearBoundaryPoints} points of the first score of another band.
          An outcome like this needs a consistency check before it is published.
        </WarningText>
      )}
      <dl className="govuk-summary-list">
        <SummaryRow keyText="Total">{result.total} points</SummaryRow>
        <SummaryRow keyText="Band">{result.band ? (result.bandName ?? `Band ${result.band}`) : 'Out of range'}</SummaryRow>
        <SummaryRow keyText="Next band boundary">
          {result.nextBoundary != null
            ? `${result.nextBand ? `Band ${result.nextBand}` : 'The next band'} starts at ${result.nextBoundary}`
            : 'There is no higher band'}
        </SummaryRow>
        {result.pointsToNextBand != null && <SummaryRow keyText="Points to the next band">{result.pointsToNextBand}</SummaryRow>}
      </dl>
    </div>
  );
}
