import { barLength } from './figures';

/**
 * Charts drawn as SVG the Government Analysis Function way: a title and a text summary that screen readers read
 * (the SVG is one image labelled by them), every value written beside its bar, series told apart by pattern and
 * legend as well as colour, and the same figures always in a table beside the chart.
 */

export interface Bar {
  label: string;
  value: number;
  /** The value as written beside the bar, e.g. "1,204" or "13.6%". */
  text: string;
}

interface BarChartProps {
  id: string;
  title: string;
  summary: string;
  bars: readonly Bar[];
}

const ROW = 34;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 640;

/** Horizontal bars, one per row, each labelled and with its value written at its end. */
export function BarChart({ id, title, summary, bars }: BarChartProps) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 10;
  return (
    <figure className="app-chart">
      <svg
        className="app-chart__svg"
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW + 5;
          const length = barLength(bar.value, max);
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={y + 19} textAnchor="end" className="app-chart__label">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={length} height={ROW - 12} className="app-chart__bar" />
              <text x={LABEL_WIDTH + length + 6} y={y + 19} className="app-chart__value">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="govuk-body-s">{title}. The same figures are in the table below.</figcaption>
    </figure>
  );
}

export interface Stack {
  label: string;
  /** Shares of 100, in series order. */
  parts: readonly number[];
}

interface StackedChartProps {
  id: string;
  title: string;
  summary: string;
  series: readonly string[];
  stacks: readonly Stack[];
}

/** 100% stacked bars (for example men and women in each pay quartile), each part labelled with its share. */
export function StackedChart({ id, title, summary, series, stacks }: StackedChartProps) {
  const height = stacks.length * ROW + 40;
  const area = CHART_WIDTH - LABEL_WIDTH - 10;
  return (
    <figure className="app-chart">
      <svg
        className="app-chart__svg"
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="app-chart__part--1" />
            <line x1="0" y1="0" x2="0" y2="8" className="app-chart__hatch" />
          </pattern>
        </defs>
        {series.map((name, s) => (
          <g key={name}>
            <rect
              x={LABEL_WIDTH + s * 140}
              y={6}
              width={18}
              height={18}
              className={s === 0 ? 'app-chart__part--0' : undefined}
              fill={s === 0 ? undefined : `url(#${id}-hatch)`}
            />
            <text x={LABEL_WIDTH + s * 140 + 24} y={20} className="app-chart__label">
              {name}
            </text>
          </g>
        ))}
        {stacks.map((stack, i) => {
          const y = i * ROW + 34;
          let x = LABEL_WIDTH;
          return (
            <g key={stack.label}>
              <text x={LABEL_WIDTH - 8} y={y + 19} textAnchor="end" className="app-chart__label">
                {stack.label}
              </text>
              {stack.parts.map((part, s) => {
                const width = Math.round((part / 100) * area);
                const start = x;
                x += width;
                return (
                  <g key={series[s]}>
                    <rect
                      x={start}
                      y={y + 4}
                      width={width}
                      height={ROW - 10}
                      className={s === 0 ? 'app-chart__part--0' : undefined}
                      fill={s === 0 ? undefined : `url(#${id}-hatch)`}
                    />
                    {width >= 44 && (
                      <text x={start + 6} y={y + 21} className={s === 0 ? 'app-chart__inside' : 'app-chart__inside--dark'}>
                        {`${part.toFixed(1)}%`}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="govuk-body-s">{title}. The same figures are in the table below.</figcaption>
    </figure>
  );
}
