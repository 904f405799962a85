import type { Factor } from '../../generated/api';
import { ScrollRegion } from '../../components/ScrollRegion';

function LevelDescriptors({ factor }: { factor: Factor }) {
  const described = factor.levels.filter((level) => level.descriptor);
  if (!factor.description && described.length === 0) {
    return null;
  }
  return (
    <details className="govuk-details app-no-margin">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Descriptors<span className="govuk-visually-hidden"> for {factor.name}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        {factor.description && <p className="govuk-body">{factor.description}</p>}
        {described.length > 0 && (
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {described.map((level) => (
              <div className="govuk-summary-list__row" key={level.level}>
                <dt className="govuk-summary-list__key">Level {level.level}</dt>
                <dd className="govuk-summary-list__value">{level.descriptor}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </details>
  );
}

/** The scheme's factors in order, each with its levels and their points, and the level descriptors on demand. */
export function FactorsTable({ factors }: { factors: Factor[] }) {
  return (
    <ScrollRegion label="Factors">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Factors</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Factor</th>
            <th scope="col" className="govuk-table__header">Levels and points</th>
            <th scope="col" className="govuk-table__header">Descriptors</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {factors.map((factor) => (
            <tr className="govuk-table__row" key={factor.code} data-factor-code={factor.code}>
              <th scope="row" className="govuk-table__header">
                {factor.position}. {factor.name}
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{factor.code}</span>
              </th>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-body-s app-no-margin">
                  {factor.levels.map((level) => (
                    <li key={level.level}>
                      Level {level.level}: {level.points} points
                    </li>
                  ))}
                </ul>
              </td>
              <td className="govuk-table__cell">
                <LevelDescriptors factor={factor} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
