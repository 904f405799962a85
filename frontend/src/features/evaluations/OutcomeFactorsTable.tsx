import type { OutcomeFactor } from '../../generated/api';
import { ScrollRegion } from '../../components/ScrollRegion';

/** Every factor of a published outcome: the level (of how many), its points and the panel's rationale. */
export function OutcomeFactorsTable({ factors, total }: { factors: OutcomeFactor[]; total: number }) {
  return (
    <ScrollRegion label="Factor by factor">
      <table className="govuk-table app-outcome-factors" data-testid="outcome-factors">
        <caption className="govuk-table__caption govuk-table__caption--m">Factor by factor</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Factor</th>
            <th scope="col" className="govuk-table__header">Level</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Points</th>
            <th scope="col" className="govuk-table__header">Why the panel chose this level</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {factors.map((factor) => (
            <tr className="govuk-table__row" key={factor.code} data-factor-code={factor.code}>
              <th scope="row" className="govuk-table__header">
                {factor.name}
              </th>
              <td className="govuk-table__cell app-nowrap">
                {factor.maxLevel === undefined ? `Level ${factor.level}` : `Level ${factor.level} of ${factor.maxLevel}`}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{factor.points}</td>
              <td className="govuk-table__cell" data-testid="rationale">
                {factor.rationale}
                {factor.descriptor && <span className="govuk-body-s app-secondary-text app-block">Level descriptor: {factor.descriptor}</span>}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header" colSpan={2}>
              Total
            </th>
            <td className="govuk-table__header govuk-table__cell--numeric">{total}</td>
            <td className="govuk-table__cell" />
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
