/** What "Read budget" found: sheet, range, counts, as-of, unit. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { FoundSummary } from '../pane-model';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

export function FoundPanel(props: { found: FoundSummary; strings: Strings }) {
  const { found, strings } = props;
  const styles = useStyles();
  const periods =
    found.periodCount > 0 && found.firstPeriod && found.lastPeriod
      ? `${found.periodCount} (${found.firstPeriod} – ${found.lastPeriod})`
      : String(found.periodCount);
  const rows: [string, string, string][] = [
    ['sheet', strings.foundSheet, found.sheet],
    ['range', strings.foundRange, found.range ?? strings.none],
    ['lines', strings.foundLines, String(found.lineCount)],
    ['periods', strings.foundPeriods, periods],
    ['asof', strings.foundAsOf, found.asOf ?? strings.none],
    ['unit', strings.foundUnit, found.unit ?? strings.none],
  ];
  return (
    <dl className={styles.grid} data-testid="found">
      {rows.map(([id, term, value]) => (
        <div key={id} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value} data-testid={`found-${id}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
