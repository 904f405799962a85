import type { RunningScore } from './runningScore';
import { pointsText } from './labels';

interface RunningScorePanelProps {
  score: RunningScore;
  heading?: string;
}

/** The total, its band, how far the next band is and whether it is near a boundary, updated as levels change. */
export function RunningScorePanel({ score, heading = 'Running score' }: RunningScorePanelProps) {
  return (
    <section className="app-running-score" aria-labelledby="running-score-heading" data-testid="running-score">
      <h2 className="govuk-heading-m" id="running-score-heading">
        {heading}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {!score.complete && (
          <p className="govuk-body-s" data-testid="running-score-progress">
            Provisional: {score.scoredFactors} of {score.factorCount} factors scored
          </p>
        )}
        <p className="govuk-body app-running-score__total">
          <span className="govuk-heading-l app-no-margin" data-testid="running-score-total">
            {pointsText(score.total)}
          </span>
        </p>
        <dl className="govuk-summary-list govuk-summary-list--no-border app-running-score__list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Band</dt>
            <dd className="govuk-summary-list__value" data-testid="running-score-band">
              {score.outOfRange ? 'In no band of this scheme' : score.bandName}
            </dd>
          </div>
          {score.nextBandName && score.pointsToNextBand !== undefined && (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Next band</dt>
              <dd className="govuk-summary-list__value" data-testid="running-score-next">
                {pointsText(score.pointsToNextBand)} to {score.nextBandName} (starts at {score.nextBoundary})
              </dd>
            </div>
          )}
        </dl>
        {score.nearBoundary && (
          <div className="govuk-warning-text" data-testid="near-boundary-warning">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {score.complete
                ? 'Near a band boundary: a consistency check is needed before this can be published.'
                : 'So far near a band boundary.'}
            </strong>
          </div>
        )}
      </div>
    </section>
  );
}
