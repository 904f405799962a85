import { Link } from 'react-router-dom';
import type { OutcomeRef } from '../../generated/api';

/** A published outcome in one line ("479 points, Band 3"), linking to its summary page. */
export function OutcomeLink({ outcome }: { outcome: OutcomeRef }) {
  return (
    <Link className="govuk-link" to={`/evaluations/${outcome.evaluationId}/outcome`}>
      {outcome.total} points, {outcome.band.name}
      <span className="govuk-visually-hidden"> (outcome summary)</span>
    </Link>
  );
}
