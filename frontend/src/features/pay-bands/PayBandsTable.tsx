import { ScrollRegion } from '../../components/ScrollRegion';
import { Link } from 'react-router-dom';
import { YesNoTag, Tag } from '../../components/Tag';
import type { PayBandSummary } from '../../generated/api';
import { salaryRangeText } from './payBandGrouping';

interface PayBandsTableProps {
  caption: string;
  bands: PayBandSummary[];
}

export function PayBandsTable({ caption, bands }: PayBandsTableProps) {
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table" data-structure={caption}>
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Band</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rank</th>
            <th scope="col" className="govuk-table__header">Open to new entrants</th>
            <th scope="col" className="govuk-table__header">Salary range</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {bands.map((band) => (
            <tr className="govuk-table__row" key={band.id} data-band-code={band.code}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/pay-bands/${band.id}`}>
                  {band.name}
                </Link>
                {band.retired && (
                  <>
                    {' '}
                    <Tag text="Retired" colour="grey" />
                  </>
                )}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{band.rank}</td>
              <td className="govuk-table__cell">
                <YesNoTag value={band.openToNewEntrants} />
              </td>
              <td className="govuk-table__cell app-salary-range">
                {band.salaryRange?.status === 'PROPOSED' && (
                  <>
                    <Tag text="Proposed" colour="yellow" />{' '}
                  </>
                )}
                {salaryRangeText(band)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
