import type { AgreedLevel } from '../../generated/api';
import { formatTimestamp } from '../../format/dates';
import { ScrollRegion } from '../../components/ScrollRegion';

/** The levels the panel has agreed so far, with the rationale for each. */
export function AgreedLevelsTable({ agreedLevels, factorCount }: { agreedLevels: AgreedLevel[]; factorCount: number }) {
  return (
    <ScrollRegion label="Agreed levels">
      <table className="govuk-table" data-testid="agreed-levels">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Agreed levels ({agreedLevels.length} of {factorCount} factors)
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Factor</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Level</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Points</th>
            <th scope="col" className="govuk-table__header">Rationale</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {agreedLevels.map((agreed) => (
            <tr className="govuk-table__row" key={agreed.factorCode} data-factor-code={agreed.factorCode}>
              <th scope="row" className="govuk-table__header">
                {agreed.factorName}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{agreed.level}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{agreed.points}</td>
              <td className="govuk-table__cell">
                {agreed.rationale}
                <span className="govuk-body-s app-secondary-text app-block">
                  Recorded by {agreed.recordedBy}, {formatTimestamp(agreed.recordedAt)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
