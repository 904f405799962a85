import { formatPence } from '../../format/money';
import type { PayPoint } from '../../generated/api';

/** A scale's pay points and salaries. */
export function PayPointsTable({ caption, points }: { caption: string; points: PayPoint[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Pay point</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Annual salary</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {points.map((point) => (
          <tr className="govuk-table__row" key={point.number}>
            <td className="govuk-table__cell">{point.number}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(point.annualSalaryPence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
