import { Link } from 'react-router-dom';
import type { Factor } from '../../generated/api';
import type { ChosenLevels } from './scoreView';

interface FactorListProps {
  factors: Factor[];
  currentCode?: string;
  agreed: ChosenLevels;
  hrefFor: (factorCode: string) => string;
}

/** Where the panel is: every factor, with its agreed level, the current one marked. */
export function FactorList({ factors, currentCode, agreed, hrefFor }: FactorListProps) {
  return (
    <nav aria-labelledby="factor-list-heading" className="app-factor-list">
      <h2 className="govuk-heading-s" id="factor-list-heading">
        Factors ({Object.keys(agreed).length} of {factors.length} agreed)
      </h2>
      <ol className="govuk-list govuk-list--number govuk-body-s">
        {factors.map((factor) => {
          const current = factor.code === currentCode;
          const level = agreed[factor.code];
          return (
            <li key={factor.code}>
              <Link className="govuk-link" to={hrefFor(factor.code)} aria-current={current ? 'step' : undefined}>
                {current ? <strong>{factor.name}</strong> : factor.name}
              </Link>{' '}
              <span className="app-secondary-text">{level === undefined ? '(not agreed)' : `(level ${level})`}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
