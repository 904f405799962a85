import { ScrollRegion } from '../../components/ScrollRegion';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { formatDate } from '../../format/dates';
import type { BandDistributionRow, RepresentationRow } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { BarChart } from './Charts';
import { bandDistributionHeadline, bandName, formatCount, formatFte, formatPercent, formatPounds } from './figures';
import { useBandDistribution } from './queries';
import { ReportError } from './ReportError';
import { ReportFilterForm } from './ReportFilterForm';
import { exportHref, filterFromSearchParams, searchFor } from './reportParams';

const CHARACTERISTICS: Record<string, string> = {
  SEX: 'Sex',
  ETHNIC_GROUP: 'Ethnic group',
  DISABILITY: 'Disability',
  AGE_BAND: 'Age band',
};

function PayBillTable({ rows, total, caption, withUnit }: { rows: BandDistributionRow[]; total?: BandDistributionRow; caption: string; withUnit: boolean }) {
  const all = total ? [...rows, total] : rows;
  return (
    <ScrollRegion label={caption}>
<table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {withUnit && <th scope="col" className="govuk-table__header">Unit</th>}
          <th scope="col" className="govuk-table__header">Band</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Headcount</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">FTE</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Contractual pay bill</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Protection</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Paid pay bill</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {all.map((r, i) => (
          <tr className="govuk-table__row" key={`${r.unit?.id ?? ''}-${r.band?.id ?? 'none'}-${i}`}>
            {withUnit && <td className="govuk-table__cell">{r.unit?.name ?? 'No unit'}</td>}
            <th scope="row" className="govuk-table__header">{r === total ? 'All bands' : bandName(r)}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(r.headcount)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatFte(r.fte)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(r.contractualPayBillPence)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatPounds(r.protectionPence)} ({formatCount(r.protectedHeadcount)} {r.protectedHeadcount === 1 ? 'person' : 'people'})
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(r.paidPayBillPence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
</ScrollRegion>
  );
}

function RepresentationTable({ rows, characteristic }: { rows: RepresentationRow[]; characteristic: string }) {
  const mine = rows.filter((r) => r.characteristic === characteristic);
  if (mine.length === 0) {
    return null;
  }
  return (
    <ScrollRegion label={`${CHARACTERISTICS[characteristic]} at each band`}>
<table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{CHARACTERISTICS[characteristic]} at each band</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Band</th>
          <th scope="col" className="govuk-table__header">Group</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share of band</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share of workforce</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {mine.map((r, i) => (
          <tr className="govuk-table__row" key={`${r.band?.id ?? 'none'}-${r.group}-${i}`}>
            <td className="govuk-table__cell">{bandName(r)}</td>
            <th scope="row" className="govuk-table__header">{r.group}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {r.suppressed ? (r.note ?? 'Fewer than 5') : `${formatPercent(r.percent)} (${formatCount(r.headcount)})`}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{r.suppressed ? '' : formatPercent(r.workforcePercent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
</ScrollRegion>
  );
}

/** Band distribution, pay bill and representation on a day, with a headcount chart and downloads. */
export function BandDistributionPage() {
  const [searchParams] = useSearchParams();
  const filter = filterFromSearchParams(searchParams, 'date');
  const navigate = useNavigate();
  const report = useBandDistribution(filter);
  usePageTitle('Band distribution and pay bill');
  const data = report.data;
  return (
    <>
      <span className="govuk-caption-l">Reports</span>
      <h1 className="govuk-heading-l">Band distribution and pay bill</h1>
      <ReportFilterForm
        key={searchFor(filter, 'date')}
        filter={filter}
        dateLegend="Date"
        dateHint="For example, 31 3 2026. Leave empty for today."
        withUnit
        onApply={(next) => navigate(`/reports/band-distribution${searchFor(next, 'date')}`)}
      />
      {data ? (
        <>
          <p className="govuk-body-l" data-testid="headline">
            {bandDistributionHeadline(data)}
          </p>
          <p className="govuk-body">
            On {formatDate(data.date)}{data.unit ? ` in ${data.unit.name} and the units under it` : ''}.
          </p>
          {data.bands.length > 0 && (
            <BarChart
              id="headcount-chart"
              title="Headcount by band"
              summary={data.bands.map((b) => `${bandName(b)}: ${formatCount(b.headcount)}`).join('. ')}
              bars={data.bands.map((b) => ({ label: bandName(b), value: b.headcount, text: formatCount(b.headcount) }))}
            />
          )}
          <PayBillTable rows={data.bands} total={data.total} caption="Headcount and pay bill by band" withUnit={false} />
          <h2 className="govuk-heading-m">Representation</h2>
          <p className="govuk-body">
            The share of each group at each band beside its share of the whole workforce. Groups of fewer than 5 people
            are not shown.
          </p>
          {Object.keys(CHARACTERISTICS).map((c) => (
            <RepresentationTable key={c} rows={data.representation} characteristic={c} />
          ))}
          <PayBillTable rows={data.units} caption="Headcount and pay bill by unit and band" withUnit />
          <h2 className="govuk-heading-m">Downloads</h2>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={exportHref('band-distribution', filter, 'date', { format: 'csv', table: 'bands' })}>
                Headcount and pay bill by band (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={exportHref('band-distribution', filter, 'date', { format: 'csv', table: 'units' })}>
                Headcount and pay bill by unit (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={exportHref('band-distribution', filter, 'date', { format: 'csv', table: 'representation' })}>
                Representation (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={exportHref('band-distribution', filter, 'date', { format: 'xlsx' })}>
                Every table (Excel spreadsheet)
              </a>
            </li>
          </ul>
        </>
      ) : (
        <ReportError isPending={report.isPending} error={report.error} />
      )}
    </>
  );
}
