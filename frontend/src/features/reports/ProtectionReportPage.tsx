import { useNavigate, useSearchParams } from 'react-router-dom';
import { Pagination } from '../../components/Pagination';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate } from '../../format/dates';
import { ProtectionType, type ProtectionReport } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { BarChart } from './Charts';
import { formatCount, formatPounds, monthName, protectionHeadline } from './figures';
import { PROTECTION_PAGE_SIZE, useProtectionReport } from './queries';
import { ReportError } from './ReportError';
import { ReportFilterForm } from './ReportFilterForm';
import { exportHref, filterFromSearchParams, searchFor } from './reportParams';

const TYPE_NAMES: Record<ProtectionType, string> = {
  [ProtectionType.MarkTime]: 'Mark time',
  [ProtectionType.CashConservedTaper]: 'Cash conserved with taper',
};

function PeopleTable({ report }: { report: ProtectionReport }) {
  return (
    <ScrollRegion label="People protected">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">People protected</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Staff number</th>
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Unit</th>
            <th scope="col" className="govuk-table__header">Old band</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Protected pay</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Current pay</th>
            <th scope="col" className="govuk-table__header">Protection</th>
            <th scope="col" className="govuk-table__header">Last day</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {report.people.items.map((p) => (
            <tr className="govuk-table__row" key={`${p.staffNumber}-${p.lastDay}`}>
              <td className="govuk-table__cell">{p.staffNumber}</td>
              <th scope="row" className="govuk-table__header">{p.name}</th>
              <td className="govuk-table__cell">{p.unit ?? 'No unit'}</td>
              <td className="govuk-table__cell">{p.oldBand ?? 'Not recorded'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(p.protectedPayPence)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(p.currentPayPence)}</td>
              <td className="govuk-table__cell">{TYPE_NAMES[p.protectionType]}</td>
              <td className="govuk-table__cell">{formatDate(p.lastDay)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Who is protected on a day, what protection costs each financial year, and when it runs out. */
export function ProtectionReportPage() {
  const [searchParams] = useSearchParams();
  const filter = filterFromSearchParams(searchParams, 'date');
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const navigate = useNavigate();
  const report = useProtectionReport(filter, page);
  usePageTitle('Pay protection');
  const data = report.data;
  return (
    <>
      <span className="govuk-caption-l">Reports</span>
      <h1 className="govuk-heading-l">Pay protection</h1>
      <ReportFilterForm
        key={searchFor(filter, 'date')}
        filter={filter}
        dateLegend="Date"
        dateHint="For example, 31 3 2026. Leave empty for today."
        withUnit
        onApply={(next) => navigate(`/reports/protection${searchFor(next, 'date')}`)}
      />
      {data ? (
        <>
          <p className="govuk-body-l" data-testid="headline">
            {protectionHeadline(data)}
          </p>
          <p className="govuk-body">
            On {formatDate(data.date)}
            {data.unit ? ` in ${data.unit.name} and the units under it` : ''}. Costs are what protection adds to
            contractual pay over each protection&rsquo;s remaining days, at that day&rsquo;s pay.
          </p>
          {data.costByFinancialYear.length > 0 && (
            <BarChart
              id="protection-cost-chart"
              title="Cost of protection by financial year"
              summary={data.costByFinancialYear.map((y) => `${y.year}: ${formatPounds(y.costPence)}`).join('. ')}
              bars={data.costByFinancialYear.map((y) => ({ label: y.year, value: y.costPence, text: formatPounds(y.costPence) }))}
            />
          )}
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Cost of protection by financial year</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Financial year</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Cost</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">People</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.costByFinancialYear.map((y) => (
                <tr className="govuk-table__row" key={y.year}>
                  <th scope="row" className="govuk-table__header">{y.year}</th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(y.costPence)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(y.people)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <BarChart
            id="protection-expiry-chart"
            title="Protections ending by month"
            summary={data.expiriesByMonth
              .filter((m) => m.count > 0)
              .map((m) => `${monthName(m.month)}: ${formatCount(m.count)}`)
              .join('. ') || 'No protection ends in the next 24 months.'}
            bars={data.expiriesByMonth.map((m) => ({ label: monthName(m.month), value: m.count, text: formatCount(m.count) }))}
          />
          <ScrollRegion label="Protections ending by month">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Protections ending by month</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Month</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Protections ending</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.expiriesByMonth.map((m) => (
                  <tr className="govuk-table__row" key={m.month}>
                    <th scope="row" className="govuk-table__header">{monthName(m.month)}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(m.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {data.people.items.length > 0 && (
            <>
              <PeopleTable report={data} />
              <Pagination
                page={data.people.page}
                size={PROTECTION_PAGE_SIZE}
                totalItems={data.people.totalItems}
                hrefFor={(next) => `/reports/protection${searchFor(filter, 'date', { page: String(next) })}`}
              />
            </>
          )}
          <h2 className="govuk-heading-m">Downloads</h2>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={exportHref('protection', filter, 'date', { format: 'csv', table: 'people' })}>
                People protected (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={exportHref('protection', filter, 'date', { format: 'csv', table: 'costs' })}>
                Cost by financial year (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={exportHref('protection', filter, 'date', { format: 'csv', table: 'expiries' })}>
                Protections ending by month (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={exportHref('protection', filter, 'date', { format: 'xlsx' })}>
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
