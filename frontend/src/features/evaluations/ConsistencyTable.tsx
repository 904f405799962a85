import { Tag } from '../../components/Tag';
import type { ConsistencyFactor } from '../../generated/api';
import { ScrollRegion } from '../../components/ScrollRegion';

/** Each factor's level beside the family median, with the JDs it was compared with in a details element. */
export function ConsistencyTable({ factors }: { factors: ConsistencyFactor[] }) {
  return (
    <ScrollRegion label="Levels compared with similar roles">
      <table className="govuk-table" data-testid="consistency">
        <caption className="govuk-table__caption govuk-table__caption--m">Factor by factor</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Factor</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">This JD</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Family median</th>
            <th scope="col" className="govuk-table__header">Compared with</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {factors.map((factor) => (
            <tr className="govuk-table__row" key={factor.code} data-factor-code={factor.code}>
              <th scope="row" className="govuk-table__header">
                {factor.name}
                {factor.flagged && (
                  <>
                    {' '}
                    <Tag text="2 or more levels from the median" colour="red" />
                  </>
                )}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{factor.level ?? 'Not agreed'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{factor.familyMedian ?? 'None'}</td>
              <td className="govuk-table__cell">
                {factor.comparisons.length === 0 ? (
                  'No published JDs to compare with'
                ) : (
                  <details className="govuk-details app-no-margin">
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">
                        {factor.comparisons.length} {factor.comparisons.length === 1 ? 'job description' : 'job descriptions'}
                        <span className="govuk-visually-hidden"> for {factor.name.toLowerCase()}</span>
                      </span>
                    </summary>
                    <div className="govuk-details__text">
                      <ul className="govuk-list">
                        {factor.comparisons.map((comparison) => (
                          <li key={comparison.jdId}>
                            {comparison.title} ({comparison.reference}): level {comparison.level}
                            {comparison.band && `, band ${comparison.band}`}
                            {comparison.benchmark && (
                              <>
                                {' '}
                                <Tag text="Benchmark" colour="turquoise" />
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                    </div>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
