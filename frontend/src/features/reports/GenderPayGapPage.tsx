import { ScrollRegion } from '../../components/ScrollRegion';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { formatDate } from '../../format/dates';
import type { GenderPayGapReport } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { StackedChart } from './Charts';
import { formatCount, formatPercent, formatPounds, genderPayGapHeadline, quartileName } from './figures';
import { useGenderPayGap } from './queries';
import { ReportError } from './ReportError';
import { ReportFilterForm } from './ReportFilterForm';
import { exportHref, filterFromSearchParams, searchFor } from './reportParams';
import { REPORT_READERS } from './roles';

function MeasuresTable({ report }: { report: GenderPayGapReport }) {
  const rows: Array<[string, string, string, string]> = [
    ['Mean hourly pay', formatPounds(report.men?.meanHourlyPayPence), formatPounds(report.women?.meanHourlyPayPence), formatPercent(report.meanHourlyGapPercent)],
    ['Median hourly pay', formatPounds(report.men?.medianHourlyPayPence), formatPounds(report.women?.medianHourlyPayPence), formatPercent(report.medianHourlyGapPercent)],
    ['Mean bonus pay', formatPounds(report.men?.meanBonusPence), formatPounds(report.women?.meanBonusPence), formatPercent(report.meanBonusGapPercent)],
    ['Median bonus pay', formatPounds(report.men?.medianBonusPence), formatPounds(report.women?.medianBonusPence), formatPercent(report.medianBonusGapPercent)],
    ['Received a bonus', formatPercent(report.malesReceivingBonusPercent), formatPercent(report.femalesReceivingBonusPercent), ''],
    ['Relevant employees', formatCount(report.men?.relevantEmployees), formatCount(report.women?.relevantEmployees), ''],
    ['Full-pay relevant employees', formatCount(report.men?.fullPayRelevantEmployees), formatCount(report.women?.fullPayRelevantEmployees), ''],
    ['Received a bonus (people)', formatCount(report.men?.receivingBonus), formatCount(report.women?.receivingBonus), ''],
  ];
  return (
    <ScrollRegion label="The six measures">
<table className="govuk-table" data-testid="measures">
      <caption className="govuk-table__caption govuk-table__caption--m">The six measures</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Measure</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Men</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Women</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Gap</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map(([name, men, women, gap]) => (
          <tr className="govuk-table__row" key={name}>
            <th scope="row" className="govuk-table__header">{name}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{men}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{women}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{gap}</td>
          </tr>
        ))}
      </tbody>
    </table>
</ScrollRegion>
  );
}

function Quartiles({ report }: { report: GenderPayGapReport }) {
  const summary = report.quartiles
    .map((q) => `${quartileName(q)}: ${formatPercent(q.malePercent)} men, ${formatPercent(q.femalePercent)} women`)
    .join('. ');
  return (
    <>
      <h2 className="govuk-heading-m">Pay quartiles</h2>
      <p className="govuk-body">
        Everyone on full pay, ranked by hourly pay and split into four groups of as equal size as possible, lowest paid
        first.
      </p>
      <StackedChart
        id="quartiles-chart"
        title="Men and women in each pay quartile"
        summary={summary}
        series={['Men', 'Women']}
        stacks={report.quartiles.map((q) => ({ label: quartileName(q), parts: [q.malePercent ?? 0, q.femalePercent ?? 0] }))}
      />
      <ScrollRegion label="Men and women in each pay quartile">
<table className="govuk-table" data-testid="quartiles">
        <caption className="govuk-table__caption govuk-table__caption--s">Men and women in each pay quartile</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Quartile</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">People</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Men</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Women</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {report.quartiles.map((q) => (
            <tr className="govuk-table__row" key={q.quartile}>
              <th scope="row" className="govuk-table__header">{quartileName(q)}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(q.count)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatPercent(q.malePercent)} ({formatCount(q.men)})
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatPercent(q.femalePercent)} ({formatCount(q.women)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
</ScrollRegion>
    </>
  );
}

/** The gender pay gap: the six statutory measures on a snapshot date, with the quartile chart and downloads. */
export function GenderPayGapPage() {
  const [searchParams] = useSearchParams();
  const filter = filterFromSearchParams(searchParams, 'snapshot');
  const navigate = useNavigate();
  const { data: profile } = useCurrentUser();
  const withUnit = hasAnyRole(profile?.roles ?? [], REPORT_READERS);
  const report = useGenderPayGap(withUnit ? filter : { ...filter, unit: '' });
  usePageTitle('Gender pay gap');
  const data = report.data;
  const snapshot = data?.snapshot;
  const where = data?.unit ? data.unit.name : 'the organisation';
  return (
    <>
      <span className="govuk-caption-l">Reports</span>
      <h1 className="govuk-heading-l">Gender pay gap</h1>
      <ReportFilterForm
        key={searchFor(filter, 'snapshot')}
        filter={filter}
        dateLegend="Snapshot date"
        dateHint="For example, 31 3 2026. Leave empty for the latest 31 March."
        withUnit={withUnit}
        onApply={(next) => navigate(`/reports/gender-pay-gap${searchFor(next, 'snapshot')}`)}
      />
      {data ? (
        <>
          <p className="govuk-body-l" data-testid="headline">
            {genderPayGapHeadline(data, where)}
          </p>
          <p className="govuk-body">
            Snapshot date {snapshot ? formatDate(snapshot) : ''}. {formatCount(data.relevantEmployees)} relevant employees,{' '}
            {formatCount(data.fullPayRelevantEmployees)} of them on full pay.
            {data.sexNotRecorded > 0 && ` ${formatCount(data.sexNotRecorded)} people are left out because their sex is not recorded.`}
            {data.payNotKnown > 0 && ` ${formatCount(data.payNotKnown)} people are left out because their pay is not known.`}
          </p>
          {!data.suppressed && (
            <>
              <MeasuresTable report={data} />
              <p className="govuk-body-s">
                Gap is men&apos;s figure minus women&apos;s, as a percentage of men&apos;s. A negative gap means women&apos;s
                figure is higher. Hourly pay and quartiles count people on full pay; bonus figures count every relevant
                employee.
              </p>
              <Quartiles report={data} />
              <h2 className="govuk-heading-m">Downloads</h2>
              <ul className="govuk-list">
                <li>
                  <a className="govuk-link" href={exportHref('gender-pay-gap', filter, 'snapshot', { format: 'service' })}>
                    Figures for the government&apos;s reporting service (CSV)
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href={exportHref('gender-pay-gap', filter, 'snapshot', { format: 'csv', table: 'measures' })}>
                    The six measures (CSV)
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href={exportHref('gender-pay-gap', filter, 'snapshot', { format: 'csv', table: 'quartiles' })}>
                    Pay quartiles (CSV)
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href={exportHref('gender-pay-gap', filter, 'snapshot', { format: 'xlsx' })}>
                    Every table (Excel spreadsheet)
                  </a>
                </li>
              </ul>
            </>
          )}
        </>
      ) : (
        <ReportError isPending={report.isPending} error={report.error} />
      )}
    </>
  );
}
