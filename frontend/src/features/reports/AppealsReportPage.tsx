import { useNavigate, useSearchParams } from 'react-router-dom';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate } from '../../format/dates';
import { AppealKind, type AppealsReportRow } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { BarChart } from './Charts';
import { appealsHeadline, formatCount, formatDays } from './figures';
import { PeriodFilterForm } from './PeriodFilterForm';
import { useAppealsReport } from './queries';
import { ReportError } from './ReportError';
import { periodFromSearchParams, periodSearch } from './reportParams';

const KIND_NAMES: Record<AppealKind, string> = {
  [AppealKind.Outcome]: 'Evaluation outcome',
  [AppealKind.JdContent]: 'Job description content',
  [AppealKind.Assignment]: 'Assignment',
};

function kindName(row: AppealsReportRow): string {
  return row.kind ? KIND_NAMES[row.kind] : 'All appeals';
}

/** Appeals by kind and outcome, time to decision in working days, and overdue appeals. */
export function AppealsReportPage() {
  const [searchParams] = useSearchParams();
  const period = periodFromSearchParams(searchParams);
  const navigate = useNavigate();
  const report = useAppealsReport(period);
  usePageTitle('Appeals');
  const data = report.data;
  const t = data?.total;
  return (
    <>
      <span className="govuk-caption-l">Reports</span>
      <h1 className="govuk-heading-l">Appeals</h1>
      <PeriodFilterForm key={periodSearch(period)} period={period} onApply={(next) => navigate(`/reports/appeals${periodSearch(next)}`)} />
      {data && t ? (
        <>
          <p className="govuk-body-l" data-testid="headline">
            {appealsHeadline(data)}
          </p>
          <p className="govuk-body">
            Appeals first lodged from {formatDate(data.from)} to {formatDate(data.to)}. Time to decision counts working days
            from lodging: weekends and bank holidays do not count.
          </p>
          {t.total > 0 && (
            <BarChart
              id="appeals-outcome-chart"
              title="Appeals by outcome"
              summary={`Upheld: ${formatCount(t.upheld)}. Partly upheld: ${formatCount(t.partlyUpheld)}. Not upheld: ${formatCount(
                t.notUpheld,
              )}. Withdrawn: ${formatCount(t.withdrawn)}. Open: ${formatCount(t.open)}.`}
              bars={[
                { label: 'Upheld', value: t.upheld, text: formatCount(t.upheld) },
                { label: 'Partly upheld', value: t.partlyUpheld, text: formatCount(t.partlyUpheld) },
                { label: 'Not upheld', value: t.notUpheld, text: formatCount(t.notUpheld) },
                { label: 'Withdrawn', value: t.withdrawn, text: formatCount(t.withdrawn) },
                { label: 'Open', value: t.open, text: formatCount(t.open) },
              ]}
            />
          )}
          <ScrollRegion label="Appeals by kind and outcome">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Appeals by kind and outcome</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Kind</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Upheld</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Partly upheld</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Not upheld</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Withdrawn</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Open</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Overdue</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Median working days to decision</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Mean</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Longest</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {[...data.rows, t].map((r) => (
                  <tr className="govuk-table__row" key={r.kind ?? 'all'}>
                    <th scope="row" className="govuk-table__header">{kindName(r)}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(r.upheld)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(r.partlyUpheld)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(r.notUpheld)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(r.withdrawn)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(r.open)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(r.overdue)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatDays(r.decisionWorkingDays.medianDays)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatDays(r.decisionWorkingDays.meanDays)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatDays(r.decisionWorkingDays.longestDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h2 className="govuk-heading-m">Downloads</h2>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={`/api/v1/reports/appeals/export${periodSearch(period, { format: 'csv' })}`}>
                Appeals by kind and outcome (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={`/api/v1/reports/appeals/export${periodSearch(period, { format: 'xlsx' })}`}>
                Appeals by kind and outcome (Excel spreadsheet)
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
