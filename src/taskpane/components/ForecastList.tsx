/** Per line: method, backtest error, full-year outlook vs budget, and the small chart. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ForecastRow } from '../forecast/forecast-setup';
import { MAX_SHOWN, backtestText, methodText, orderRows } from '../forecast/forecast-view';
import { formatAmount, formatPct, type Locale, type Strings } from '../strings';
import { ChartLegend, ForecastChart } from './ForecastChart';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalS },
  onTrack: { borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}` },
  offTrack: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  label: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  figures: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, fontVariantNumeric: 'tabular-nums' },
});

export function ForecastList(props: { rows: ForecastRow[]; locale: Locale; strings: Strings }) {
  const { locale, strings: s } = props;
  const styles = useStyles();
  const ordered = orderRows(props.rows).slice(0, MAX_SHOWN);
  return (
    <>
      <p className={styles.muted}>{s.forecastOrder}</p>
      {props.rows.length > ordered.length && <p className={styles.muted}>{s.forecastShowing(ordered.length, props.rows.length)}</p>}
      <ChartLegend strings={s} />
      <ul className={styles.list} data-testid="forecast-list">
        {ordered.map((r) => (
          <li key={r.index} className={`${styles.item} ${r.offTrack ? styles.offTrack : styles.onTrack}`} data-testid="forecast-line" data-line={r.label} data-off-track={r.offTrack}>
            <span className={styles.label} data-testid="forecast-label">
              {r.label}
              {r.type === 'cost' ? ` (${s.costLine})` : ''}
            </span>
            <span className={styles.muted}>
              <span data-testid="forecast-method">{methodText(r, s)}</span>
              {' · '}
              <span title={s.colBacktest} data-testid="forecast-backtest">
                {backtestText(r, locale, s)}
              </span>
            </span>
            <span className={styles.figures}>
              <span data-testid="forecast-outlook" data-value={r.outlook}>
                {s.colOutlook}
                {s.labelSep}
                {formatAmount(r.outlook, locale)}
              </span>
              <span data-testid="forecast-budget" data-value={r.fyBudget}>
                {s.colFyBudget}
                {s.labelSep}
                {formatAmount(r.fyBudget, locale)}
              </span>
              <span data-testid="forecast-gap">
                {s.colGap}
                {s.labelSep}
                {formatAmount(r.gap, locale)} ({formatPct(r.gapPct, locale)})
              </span>
              {r.method !== 'budget' && (
                <span data-testid="forecast-band">
                  {s.colBand}
                  {s.labelSep}
                  {formatAmount(r.low, locale)} – {formatAmount(r.high, locale)}
                </span>
              )}
            </span>
            <ForecastChart series={r.chart} label={r.label} strings={s} />
          </li>
        ))}
      </ul>
    </>
  );
}
