import type { FinancialYearChange } from '../../generated/api';
import { formatSignedPence, payBillChangeText, yearText } from './labels';

const WIDTH = 600;
const HEIGHT = 260;
const TOP = 30;
const BOTTOM = 40;
const LEFT = 20;

/**
 * The year-by-year pay-bill change as a bar chart (SVG, described for screen readers) with the same figures as a table
 * beside it, so no one depends on the picture. Increases go up, savings go down; labels carry the sign, not colour.
 */
export function PayBillChart({ years }: { years: FinancialYearChange[] }) {
  if (years.length === 0) {
    return <p className="govuk-body">There is no pay-bill change to show.</p>;
  }
  const max = Math.max(1, ...years.map((year) => Math.abs(year.changePence)));
  const hasUp = years.some((year) => year.changePence > 0);
  const hasDown = years.some((year) => year.changePence < 0);
  const plot = HEIGHT - TOP - BOTTOM;
  const zero = hasUp && hasDown ? TOP + plot / 2 : hasDown ? TOP : TOP + plot;
  const scale = (hasUp && hasDown ? plot / 2 : plot) / max;
  const slot = (WIDTH - LEFT * 2) / years.length;
  const barWidth = Math.min(120, slot * 0.6);
  const description = years.map((year) => `${yearText(year.year)}: ${payBillChangeText(year.changePence)}`).join('; ');

  return (
    <>
      <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="paybill-chart-title" aria-describedby="paybill-chart-desc" data-testid="paybill-chart">
        <title id="paybill-chart-title">Change in the pay bill by financial year</title>
        <desc id="paybill-chart-desc">{description}</desc>
        {years.map((year, index) => {
          const height = Math.abs(year.changePence) * scale;
          const x = LEFT + slot * index + (slot - barWidth) / 2;
          const y = year.changePence >= 0 ? zero - height : zero;
          const labelY = year.changePence >= 0 ? y - 8 : y + height + 18;
          return (
            <g key={year.year}>
              <rect
                className={year.changePence >= 0 ? 'app-chart__bar--up' : 'app-chart__bar--down'}
                x={x}
                y={y}
                width={barWidth}
                height={Math.max(height, 1)}
              />
              <text className="app-chart__label" x={x + barWidth / 2} y={labelY} textAnchor="middle">
                {formatSignedPence(year.changePence)}
              </text>
              <text className="app-chart__label" x={x + barWidth / 2} y={HEIGHT - 10} textAnchor="middle">
                {year.year}
              </text>
            </g>
          );
        })}
        <line className="app-chart__axis" x1={LEFT} x2={WIDTH - LEFT} y1={zero} y2={zero} />
      </svg>
      <table className="govuk-table" data-testid="paybill-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Change in the pay bill by financial year, as a table</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Financial year</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Change in the pay bill</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {years.map((year) => (
            <tr className="govuk-table__row" key={year.year}>
              <th scope="row" className="govuk-table__header">
                {yearText(year.year)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatSignedPence(year.changePence)}
                <span className="govuk-visually-hidden"> ({payBillChangeText(year.changePence)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

