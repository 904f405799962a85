import type { BandRange } from '../../generated/api';
import { ScrollRegion } from '../../components/ScrollRegion';

/** Which total scores fall in which pay band (both ends included). */
export function BandRangesTable({ bandRanges }: { bandRanges: BandRange[] }) {
  return (
    <ScrollRegion label="Band ranges">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Band ranges</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Band</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Minimum score</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Maximum score</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {bandRanges.map((range) => (
            <tr className="govuk-table__row" key={range.bandId} data-band={range.band}>
              <th scope="row" className="govuk-table__header">
                {range.bandName}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{range.minScore}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{range.maxScore}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
