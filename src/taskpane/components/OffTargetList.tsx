/** Off-target lines after a build; clicking one selects its row on the variance sheet. */
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { reasonText, type OffTargetRow } from '../pane-model';
import { formatAmount, formatPct, type Locale, type Strings } from '../strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
  },
  figures: { display: 'flex', columnGap: tokens.spacingHorizontalM, fontVariantNumeric: 'tabular-nums' },
  reason: { color: tokens.colorNeutralForeground3 },
});

export function OffTargetList(props: {
  rows: OffTargetRow[];
  locale: Locale;
  strings: Strings;
  onSelect: (row: OffTargetRow) => void;
}) {
  const { rows, locale, strings } = props;
  const styles = useStyles();
  return (
    <section aria-label={strings.offTargetHeading(rows.length)}>
      <h3 data-testid="offtarget-heading">{strings.offTargetHeading(rows.length)}</h3>
      {rows.length === 0 ? (
        <p>{strings.allOnTarget}</p>
      ) : (
        <>
          <p className={styles.reason}>{strings.selectLineHint}</p>
          <ul className={styles.list} data-testid="offtarget">
            {rows.map((r) => (
              <li key={r.row} className={styles.item} data-row={r.row}>
                <Link as="button" onClick={() => props.onSelect(r)} data-testid="offtarget-line">
                  {r.label}
                  {r.type === 'cost' ? ` (${strings.costLine})` : ''}
                </Link>
                <span className={styles.figures}>
                  <span title={strings.colYtdVar} data-testid="ytd-var">
                    {strings.colYtdVar}
                    {strings.labelSep}
                    {formatAmount(r.ytdVariance, locale)}
                  </span>
                  <span title={strings.colYtdVarPct} data-testid="ytd-var-pct">
                    {formatPct(r.ytdVariancePct, locale)}
                  </span>
                </span>
                <span className={styles.reason}>{reasonText(r, locale, strings)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
