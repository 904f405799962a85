import type { Scheme } from '../../generated/api';
import { pointsText } from './labels';
import { bandName, type ScoreView } from './scoreView';

interface RunningScorePanelProps {
  score: ScoreView;
  /** For the next band's name. */
  scheme?: Pick<Scheme, 'bandRanges'>;
}

function heading(score: ScoreView): string {
  if (score.published) {
    return 'Published score';
  }
  return score.result ? 'Total score' : 'Score so far';
}

/** The total and, once every factor is agreed, the band, the distance to the next band and any boundary warning. */
export function RunningScorePanel({ score, scheme }: RunningScorePanelProps) {
  const { result } = score;
  const nextBandName = bandName(scheme, result?.nextBand);
  return (
    <section className="app-running-score" aria-labelledby="running-score-heading" data-testid="running-score">
      <h2 className="govuk-heading-m" id="running-score-heading">
        {heading(score)}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {result ? (
          <>
            <p className="govuk-body app-running-score__total">
              <span className="govuk-heading-l app-no-margin" data-testid="running-score-total">
                {pointsText(result.total)}
              </span>
            </p>
            {score.resultIncludesUnsaved && (
              <p className="govuk-body-s" data-testid="running-score-unsaved">
                Includes your choice for {score.unsaved?.factorName.toLowerCase()}, which is not saved yet.
              </p>
            )}
            <dl className="govuk-summary-list govuk-summary-list--no-border app-running-score__list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Band</dt>
                <dd className="govuk-summary-list__value" data-testid="running-score-band">
                  {result.outOfRange ? 'In no band of this scheme' : (result.bandName ?? bandName(scheme, result.band))}
                </dd>
              </div>
              {nextBandName && result.pointsToNextBand != null && (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Next band</dt>
                  <dd className="govuk-summary-list__value" data-testid="running-score-next">
                    {pointsText(result.pointsToNextBand)} to {nextBandName} (starts at {result.nextBoundary})
                  </dd>
                </div>
              )}
            </dl>
            {result.nearBoundary && <NearBoundary score={score} />}
          </>
        ) : score.runningTotal === undefined ? (
          <p className="govuk-body" data-testid="running-score-total">
            Not started: no factor has an agreed level yet.
          </p>
        ) : (
          <>
            <p className="govuk-body app-running-score__total">
              <span className="govuk-heading-l app-no-margin" data-testid="running-score-total">
                {pointsText(score.runningTotal)}
              </span>
            </p>
            <p className="govuk-body-s" data-testid="running-score-progress">
              From {score.agreedCount} of {score.factorCount} factors. The band is known once every factor has an agreed level.
            </p>
          </>
        )}
        {score.unsaved && !score.resultIncludesUnsaved && (
          <p className="govuk-body-s" data-testid="running-score-unsaved">
            Not saved yet: level {score.unsaved.level} ({pointsText(score.unsaved.points)}) for {score.unsaved.factorName.toLowerCase()}.
          </p>
        )}
      </div>
    </section>
  );
}

function NearBoundary({ score }: { score: ScoreView }) {
  let text = 'Near a band boundary.';
  if (score.resultIncludesUnsaved) {
    text = 'Near a band boundary: once saved, a consistency check will be needed before this can be published.';
  } else if (!score.published && score.checkOutstanding) {
    text = 'Near a band boundary: a consistency check is needed before this can be published.';
  }
  return (
    <div className="govuk-warning-text" data-testid="near-boundary-warning">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {text}
      </strong>
    </div>
  );
}
