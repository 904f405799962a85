import { formatDate } from '../../format/dates';
import { formatPence } from '../../format/money';
import type { PayScale, PayZone } from '../../generated/api';
import { zoneNameFor } from './zones';

/** The pay points of each scale in force today (one table per zone). */
export function CurrentPayPoints({ scales, zones }: { scales: PayScale[]; zones: PayZone[] }) {
  const current = scales.filter((scale) => scale.timing === 'CURRENT' && !scale.retired && scale.status === 'AGREED');
  if (current.length === 0) {
    return <p className="govuk-body">No scale is in force today.</p>;
  }
  return (
    <>
      {current.map((scale) => (
        <table className="govuk-table" key={scale.id}>
          <caption className="govuk-table__caption govuk-table__caption--s">
            {zoneNameFor(zones, scale.zone)} pay points from {formatDate(scale.effectiveFrom)}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Pay point</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Annual salary</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {scale.points.map((point) => (
              <tr className="govuk-table__row" key={point.number}>
                <td className="govuk-table__cell">{point.number}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(point.annualSalaryPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
