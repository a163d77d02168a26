/** A small inline SVG chart of one line: actuals, budget, forecast and its 80% band (no chart library). */
import { makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_BOX, chartGeometry } from '../forecast/chart-geometry';
import type { ChartSeries } from '../forecast/forecast-setup';
import type { Strings } from '../strings';

export const CHART_COLORS = {
  actual: tokens.colorNeutralForeground1,
  budget: tokens.colorNeutralForeground4,
  forecast: tokens.colorBrandForeground1,
  band: tokens.colorBrandForeground1,
};

/** The band is the forecast's colour, faint. */
const BAND_OPACITY = 0.2;

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: `${DEFAULT_BOX.height}px`, overflow: 'visible' },
});

export function ForecastChart(props: { series: ChartSeries; label: string; strings: Strings }) {
  const styles = useStyles();
  const g = chartGeometry(props.series);
  const title = props.strings.chartLabel(props.label);
  const line = { fill: 'none', vectorEffect: 'non-scaling-stroke' as const, strokeLinejoin: 'round' as const };
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${DEFAULT_BOX.width} ${DEFAULT_BOX.height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={title}
      data-testid="forecast-chart"
    >
      <title>{title}</title>
      {g.band && <path d={g.band} fill={CHART_COLORS.band} fillOpacity={BAND_OPACITY} stroke="none" data-series="band" />}
      {g.zeroY !== null && (
        <line x1={0} x2={DEFAULT_BOX.width} y1={g.zeroY} y2={g.zeroY} stroke={tokens.colorNeutralStroke2} strokeWidth={1} vectorEffect="non-scaling-stroke" />
      )}
      <line x1={g.asOfX} x2={g.asOfX} y1={0} y2={DEFAULT_BOX.height} stroke={tokens.colorNeutralStroke1} strokeDasharray="2 2" strokeWidth={1} vectorEffect="non-scaling-stroke" />
      {g.budget && <path d={g.budget} stroke={CHART_COLORS.budget} strokeWidth={1.5} strokeDasharray="4 3" {...line} data-series="budget" />}
      {g.forecast && <path d={g.forecast} stroke={CHART_COLORS.forecast} strokeWidth={2} {...line} data-series="forecast" />}
      {g.actual && <path d={g.actual} stroke={CHART_COLORS.actual} strokeWidth={2} {...line} data-series="actual" />}
    </svg>
  );
}

/** The legend, once above the list. */
export function ChartLegend(props: { strings: Strings }) {
  const s = props.strings;
  const items: [string, string, string | undefined, boolean][] = [
    [s.legendActual, CHART_COLORS.actual, undefined, false],
    [s.legendBudget, CHART_COLORS.budget, '4 3', false],
    [s.legendForecast, CHART_COLORS.forecast, undefined, false],
    [s.legendBand, CHART_COLORS.band, undefined, true],
  ];
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 }} data-testid="forecast-legend">
      {items.map(([label, color, dash, area]) => (
        <span key={label} style={{ display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS }}>
          <svg width={18} height={10} aria-hidden="true">
            {area ? <rect x={0} y={1} width={18} height={8} fill={color} fillOpacity={BAND_OPACITY} /> : <line x1={0} x2={18} y1={5} y2={5} stroke={color} strokeWidth={2} strokeDasharray={dash} />}
          </svg>
          {label}
        </span>
      ))}
    </div>
  );
}
