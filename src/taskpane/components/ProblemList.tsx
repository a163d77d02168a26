/** Problems found while reading, each with a link that selects its cell. */
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import { problemText, type Problem } from '../../core/problems';
import { severityCounts, sortProblems } from '../pane-model';
import type { Locale, Strings } from '../strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

const INTENT = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function ProblemList(props: {
  problems: Problem[];
  locale: Locale;
  strings: Strings;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { problems, locale, strings } = props;
  const styles = useStyles();
  const heading = strings.problemsHeading(severityCounts(problems));
  if (problems.length === 0) return <p data-testid="no-problems">{strings.noProblems}</p>;
  return (
    <section aria-label={heading}>
      <h3 data-testid="problems-heading">{heading}</h3>
      <ul className={styles.list} data-testid="problems">
        {sortProblems(problems).map((p, i) => (
          <li key={`${p.code}-${p.sheet}-${p.cell}-${i}`} className={styles.item}>
            <span className={styles.head}>
              <Badge appearance="tint" color={INTENT[p.severity]} size="small">
                {p.code}
              </Badge>
              <Link
                as="button"
                aria-label={strings.problemAt(p.sheet, p.cell)}
                onClick={() => props.onSelect(p.sheet, p.cell)}
              >
                {p.cell}
              </Link>
            </span>
            <span>{problemText(p, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
