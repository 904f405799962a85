import { useNavigate, useSearchParams } from 'react-router-dom';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate } from '../../format/dates';
import type { WaitingTimeFigures } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { BarChart } from './Charts';
import { formatCount, formatDays, throughputHeadline } from './figures';
import { PeriodFilterForm } from './PeriodFilterForm';
import { useEvaluationThroughput } from './queries';
import { ReportError } from './ReportError';
import { periodFromSearchParams, periodSearch } from './reportParams';

function WaitCells({ w }: { w: WaitingTimeFigures }) {
  return (
    <>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(w.count)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatDays(w.medianDays)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatDays(w.meanDays)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatDays(w.longestDays)}</td>
    </>
  );
}

/** How long evaluations take, by directorate and quarter, with a chart of median waits and downloads. */
export function EvaluationThroughputPage() {
  const [searchParams] = useSearchParams();
  const period = periodFromSearchParams(searchParams);
  const navigate = useNavigate();
  const report = useEvaluationThroughput(period);
  usePageTitle('Evaluation throughput');
  const data = report.data;
  return (
    <>
      <span className="govuk-caption-l">Reports</span>
      <h1 className="govuk-heading-l">Evaluation throughput</h1>
      <PeriodFilterForm key={periodSearch(period)} period={period} onApply={(next) => navigate(`/reports/evaluation-throughput${periodSearch(next)}`)} />
      {data ? (
        <>
          <p className="govuk-body-l" data-testid="headline">
            {throughputHeadline(data)}
          </p>
          <p className="govuk-body">
            Evaluations requested from {formatDate(data.from)} to {formatDate(data.to)}. Days are calendar days from the
            request to publication, or to today for those still waiting. Quarters are of the financial year (quarter 1
            is April to June).
          </p>
          {data.rows.some((r) => r.published.count > 0) && (
            <BarChart
              id="throughput-chart"
              title="Median days to publication by directorate and quarter"
              summary={data.rows
                .filter((r) => r.published.count > 0)
                .map((r) => `${r.directorate || 'No directorate'}, ${r.quarter}: ${formatDays(r.published.medianDays)}`)
                .join('. ')}
              bars={data.rows
                .filter((r) => r.published.count > 0)
                .map((r) => ({
                  label: `${r.directorate || 'No directorate'} ${r.quarter}`,
                  value: r.published.medianDays ?? 0,
                  text: formatDays(r.published.medianDays),
                }))}
            />
          )}
          <ScrollRegion label="Waiting times by directorate and quarter">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Waiting times by directorate and quarter</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Directorate</th>
                  <th scope="col" className="govuk-table__header">Quarter</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Published</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Median days</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Mean days</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Longest</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Still waiting</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Median days</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Mean days</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Longest</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.rows.map((r) => (
                  <tr className="govuk-table__row" key={`${r.directorate}-${r.quarter}`}>
                    <th scope="row" className="govuk-table__header">{r.directorate || 'No directorate'}</th>
                    <td className="govuk-table__cell">{r.quarter}</td>
                    <WaitCells w={r.published} />
                    <WaitCells w={r.waiting} />
                  </tr>
                ))}
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">All directorates</th>
                  <td className="govuk-table__cell">All quarters</td>
                  <WaitCells w={data.published} />
                  <WaitCells w={data.waiting} />
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
          <h2 className="govuk-heading-m">Downloads</h2>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={`/api/v1/reports/evaluation-throughput/export${periodSearch(period, { format: 'csv' })}`}>
                Waiting times (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={`/api/v1/reports/evaluation-throughput/export${periodSearch(period, { format: 'xlsx' })}`}>
                Waiting times (Excel spreadsheet)
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
