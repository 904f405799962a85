import { ScrollRegion } from '../../components/ScrollRegion';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Link } from 'react-router-dom';
import { formatDate } from '../../format/dates';
import type { EqualPayComparison, EqualPayGroup } from '../../generated/api';
import { EqualPayWorkGroupKindEnum } from '../../generated/api';
import { usePageTitle } from '../../layout/usePageTitle';
import { equalPayHeadline, formatCount, formatPercent, formatPounds } from './figures';
import { useEqualPayAudit } from './queries';
import { ReportError } from './ReportError';
import { ReportFilterForm } from './ReportFilterForm';
import { exportHref, filterFromSearchParams, searchFor } from './reportParams';

const MEASURES: Record<string, string> = {
  MEAN_BASIC: 'mean basic pay',
  MEDIAN_BASIC: 'median basic pay',
  MEAN_TOTAL: 'mean total pay',
  MEDIAN_TOTAL: 'median total pay',
};

function ComparisonRow({ c }: { c: EqualPayComparison }) {
  if (c.suppressed && !c.groupFigures) {
    return (
      <tr className="govuk-table__row">
        <th scope="row" className="govuk-table__header">
          {c.group} against {c.comparator.toLowerCase()}
        </th>
        <td className="govuk-table__cell" colSpan={5}>
          {c.note ?? 'Fewer than 5'}
        </td>
      </tr>
    );
  }
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {c.group} against {c.comparator.toLowerCase()}
        {c.suppressed && <span className="govuk-body-s"> (fewer than 5: shown to HR admins only)</span>}
      </th>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {formatCount(c.groupFigures?.headcount)} / {formatCount(c.comparatorFigures?.headcount)}
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(c.groupFigures?.meanBasicPence)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPercent(c.gaps?.meanBasicPercent)}</td>
      <td className="govuk-table__cell govuk-table__cell--numeric">{formatPercent(c.gaps?.medianTotalPercent)}</td>
      <td className="govuk-table__cell">
        {c.flagged ? <strong className="govuk-tag govuk-tag--red">Gap of 5% or more</strong> : 'No'}
      </td>
    </tr>
  );
}

function GroupSection({ g }: { g: EqualPayGroup }) {
  const kind = g.workGroup.kind === EqualPayWorkGroupKindEnum.EquivalentWork ? 'Band (work rated as equivalent)' : 'Job description (like work)';
  return (
    <details className="govuk-details" open={g.flagged}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {g.workGroup.label}, {formatCount(g.headcount)} {g.headcount === 1 ? 'person' : 'people'}
          {g.flagged ? ' – flagged' : ''}
          {g.inPattern ? ' – part of a pattern' : ''}
        </span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body-s">{kind}</p>
        <ScrollRegion label={`Comparisons in ${g.workGroup.label}`}>
<table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Comparisons in {g.workGroup.label}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Comparison</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">People (group / comparator)</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Group mean basic pay</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Mean basic pay gap</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Median total pay gap</th>
              <th scope="col" className="govuk-table__header">Flagged</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {g.comparisons.map((c) => (
              <ComparisonRow key={`${c.characteristic}-${c.group}`} c={c} />
            ))}
          </tbody>
        </table>
</ScrollRegion>
        {g.jobDescriptions.length > 0 && (
          <>
            <h3 className="govuk-heading-s">Job descriptions in this band</h3>
            <ul className="govuk-list">
              {g.jobDescriptions.map((jd) => (
                <li key={jd.id}>
                  <Link className="govuk-link" to={`/job-descriptions/${jd.id}`}>
                    {jd.label}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}

/** The equal-pay audit: groups doing equal work, their gaps by sex, ethnic group and disability, flags and patterns. */
export function EqualPayPage() {
  const [searchParams] = useSearchParams();
  const filter = filterFromSearchParams(searchParams, 'date');
  const navigate = useNavigate();
  const report = useEqualPayAudit(filter);
  usePageTitle('Equal-pay audit');
  const data = report.data;
  return (
    <>
      <span className="govuk-caption-l">Reports</span>
      <h1 className="govuk-heading-l">Equal-pay audit</h1>
      <p className="govuk-body">
        Steps 2 and 3 of the Equality and Human Rights Commission&apos;s equal pay audit: the pay of women and men, of
        each ethnic group and of disabled people, compared within each band and each job description. Pay is full-time
        equivalent; total pay includes protection, allowances and bonus.
      </p>
      <ReportFilterForm
        key={searchFor(filter, 'date')}
        filter={filter}
        dateLegend="Date"
        dateHint="For example, 31 3 2026. Leave empty for today."
        withUnit
        onApply={(next) => navigate(`/reports/equal-pay${searchFor(next, 'date')}`)}
      />
      {data ? (
        <>
          <p className="govuk-body-l" data-testid="headline">
            {equalPayHeadline(data)}
          </p>
          <p className="govuk-body">
            On {formatDate(data.date)}{data.unit ? ` in ${data.unit.name}` : ''}. Groups with fewer than 5 people on
            either side show &quot;Fewer than 5&quot; and no figures.
          </p>
          {data.patterns.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Patterns</h2>
              <ul className="govuk-list govuk-list--bullet">
                {data.patterns.map((p) => (
                  <li key={`${p.kind}-${p.characteristic}-${p.group}-${p.measure}-${p.groupPaidLess}`}>
                    {p.groupPaidLess ? p.group : `Those compared with ${p.group.toLowerCase()}`} are paid less on{' '}
                    {MEASURES[p.measure]} by 3% or more in {formatCount(p.workGroups.length)} groups:{' '}
                    {p.workGroups.map((w) => w.label).join(', ')}.
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2 className="govuk-heading-m">Groups doing equal work</h2>
          {data.groups.map((g) => (
            <GroupSection key={`${g.workGroup.kind}-${g.workGroup.id}`} g={g} />
          ))}
          <h2 className="govuk-heading-m">Downloads</h2>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={exportHref('equal-pay', filter, 'date', { format: 'csv' })}>
                Every comparison (CSV)
              </a>
            </li>
            <li>
              <a className="govuk-link" href={exportHref('equal-pay', filter, 'date', { format: 'xlsx' })}>
                Comparisons and patterns (Excel spreadsheet)
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
