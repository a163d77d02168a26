/**
 * "How the sheet was read": the mapping detection made, part by part with how sure it is, and
 * controls to correct the header row, the dimension columns and the type column. Apply reads
 * the sheet again with the corrected mapping; Save keeps it in the workbook. Each period's
 * budget and actual columns, the measure column and a long table's date and amount columns
 * are typed as column letters.
 */
import { useState } from 'react';
import { Badge, Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis } from '../../app/types';
import { colToLetters } from '../../core/a1';
import type { Mapping, Sureness as SurenessOf } from '../../core/model';
import type { Problem } from '../../core/problems';
import type { WorkbookHost } from '../../host/workbook-host';
import { ErrorBar } from '../components/ErrorBar';
import { ProblemList } from '../components/ProblemList';
import type { Locale, Strings } from '../strings';
import type { PaneUseCases } from '../use-cases';
import { applyEdit, candidateColumns, columnError, columnOfLetters, columnsValid, editOf, lettersOf, headerRowValid, surenessOf, type MappingEdit } from './mapping-edit';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, margin: 0, fontSize: tokens.fontSizeBase200 },
  part: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  low: { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder1}`, paddingLeft: tokens.spacingHorizontalXS },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
});

const BADGE = { sure: 'success', likely: 'informative', guess: 'warning' } as const;

/** How sure one part is, in words, with detection's reason as tooltip and small text. */
function Sure(props: { confidence: number; reason: string; strings: Strings; testId: string }) {
  const level = surenessOf(props.confidence);
  return (
    <>
      <Badge appearance="tint" size="small" color={BADGE[level]} title={props.reason} data-testid={`${props.testId}-sure`} data-level={level}>
        {props.strings.sureness[level]}
      </Badge>
      {level !== 'sure' && <span className={useStyles().muted}>{props.strings.mappingWhy(props.reason)}</span>}
    </>
  );
}

/** Parts shown but not editable here: the actuals sheet. */
function fixedParts(m: Mapping, strings: Strings): [string, string, string, SurenessOf][] {
  const parts: [string, string, string, SurenessOf][] = [];
  if (m.actualSheet) parts.push(['actual-sheet', strings.mappingActualSheet, m.actualSheet.sheet, m.actualSheet]);
  return parts;
}

/** A column typed as letters, with its header text when known and an inline error. */
function ColumnInput(props: {
  label: string;
  value: string;
  required: boolean;
  header: string | null;
  disabled: boolean;
  strings: Strings;
  testId: string;
  onChange: (v: string) => void;
}) {
  const { strings } = props;
  const err = columnError(props.value, props.required);
  const message = err === 'invalid' ? strings.mappingColumnInvalid : err === 'required' ? strings.mappingColumnRequired : undefined;
  return (
    <Field
      label={props.label}
      validationMessage={message}
      hint={!message && props.header !== null ? strings.mappingColumnHeader(props.header) : undefined}
      data-testid={`${props.testId}-field`}
    >
      <Input size="small" style={{ width: '6em' }} value={props.value} disabled={props.disabled} onChange={(_, d) => props.onChange(d.value)} data-testid={props.testId} />
    </Field>
  );
}

function counts(a: Analysis): [number, number, number] {
  const lines = a.detect.model?.lines ?? [];
  const cost = lines.filter((l) => l.type === 'cost').length;
  return [lines.length, lines.length - cost, cost];
}

type Status = 'idle' | 'applying' | 'saving';

export function MappingPanel(props: {
  host: WorkbookHost;
  useCases: PaneUseCases;
  /** The analysis the pane read; the panel starts from its mapping. */
  analysis: Analysis;
  /** Called with each analysis read with the corrected mapping (the pane shows its counts and problems). */
  onApplied: (a: Analysis) => void;
  disabled?: boolean;
  locale: Locale;
  strings: Strings;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { host, useCases, strings, locale } = props;
  const styles = useStyles();
  const [current, setCurrent] = useState<Analysis>(props.analysis);
  const mapping = current.detect.model?.mapping ?? null;
  const [edit, setEdit] = useState<MappingEdit | null>(mapping ? editOf(mapping) : null);
  const [headerText, setHeaderText] = useState(mapping ? String(mapping.headerRow + 1) : '');
  const [status, setStatus] = useState<Status>('idle');
  const [applied, setApplied] = useState(false);
  const [saved, setSaved] = useState<{ saved: boolean; problems: Problem[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!mapping || !edit) return null;

  const headerRow = Number(headerText.trim());
  const headerOk = headerText.trim() !== '' && headerRowValid(headerRow);
  const busy = status !== 'idle' || props.disabled === true;
  const hasDimension = edit.dimensionCols.length > 0;
  const colsOk = columnsValid(edit);
  const edited: Mapping | null = headerOk && hasDimension && colsOk ? applyEdit(mapping, { ...edit, headerRow }) : null;
  const candidates = candidateColumns(mapping);
  const shown = (col: number | null) => (col === null ? strings.none : colToLetters(col));
  const letter = lettersOf;
  /** Whether the letters typed name the column (so its header text still applies). */
  const sameCol = (typed: string, col: number | null) => col !== null && columnOfLetters(typed) === col;
  const [lines, revenue, cost] = counts(current);
  const save = useCases.saveMapping;

  const apply = async () => {
    if (!edited) return;
    setStatus('applying');
    setError(null);
    setSaved(null);
    try {
      const a = await useCases.analyzeWorkbook(host, { sheet: mapping.sheet, mapping: edited });
      setCurrent(a);
      const m = a.detect.model?.mapping;
      if (m) {
        setEdit(editOf(m));
        setHeaderText(String(m.headerRow + 1));
      }
      setApplied(true);
      props.onApplied(a);
    } catch (e) {
      setError(e);
    } finally {
      setStatus('idle');
    }
  };

  const doSave = async () => {
    if (!edited || !save) return;
    setStatus('saving');
    setError(null);
    setSaved(null);
    try {
      setSaved(await save(host, edited));
    } catch (e) {
      setError(e);
    } finally {
      setStatus('idle');
    }
  };

  const toggleDim = (col: number, on: boolean) =>
    setEdit({ ...edit, dimensionCols: on ? [...edit.dimensionCols.filter((c) => c !== col), col] : edit.dimensionCols.filter((c) => c !== col) });
  const lowClass = (confidence: number) => (surenessOf(confidence) === 'guess' ? styles.low : undefined);

  return (
    <div className={styles.panel} data-testid="mapping">
      <h3 className={styles.heading}>{strings.mappingHeading}</h3>
      <p className={styles.muted}>{strings.mappingIntro}</p>

      <div className={`${styles.part} ${lowClass(mapping.confidence) ?? ''}`} data-testid="mapping-layout">
        <span>{strings.mappingLayout}:</span>
        <strong>{strings.layoutNames[mapping.layout]}</strong>
        <Sure confidence={mapping.confidence} reason={mapping.reason} strings={strings} testId="mapping-layout" />
      </div>

      <Field label={strings.mappingHeaderRow} validationMessage={headerOk ? undefined : strings.mappingHeaderRowInvalid}>
        <Input type="number" min={1} value={headerText} disabled={busy} onChange={(_, d) => setHeaderText(d.value)} data-testid="mapping-header-row" />
      </Field>

      <fieldset className={styles.list} style={{ border: 'none' }} data-testid="mapping-dimensions">
        <legend>{strings.mappingDimensions}</legend>
        {candidates.map((c) => (
          <div key={c.col} className={`${styles.part} ${lowClass(c.confidence) ?? ''}`} data-testid="mapping-dim">
            <Checkbox
              checked={edit.dimensionCols.includes(c.col)}
              disabled={busy}
              onChange={(_, d) => toggleDim(c.col, d.checked === true)}
              label={`${colToLetters(c.col)} · ${c.name}`}
              data-testid={`mapping-dim-${colToLetters(c.col)}`}
            />
            <Sure confidence={c.confidence} reason={c.reason} strings={strings} testId={`mapping-dim-${colToLetters(c.col)}`} />
          </div>
        ))}
        {!hasDimension && (
          <p className={styles.muted} role="alert" data-testid="mapping-need-dimension">
            {strings.mappingNeedDimension}
          </p>
        )}
      </fieldset>

      <div className={`${styles.part} ${mapping.typeColumn ? (lowClass(mapping.typeColumn.confidence) ?? '') : ''}`}>
        <Field label={strings.mappingTypeColumn}>
          <Select
            value={edit.typeCol === null ? '' : String(edit.typeCol)}
            disabled={busy}
            onChange={(_, d) => setEdit({ ...edit, typeCol: d.value === '' ? null : Number(d.value) })}
            data-testid="mapping-type"
          >
            <option value="">{strings.mappingNoTypeColumn}</option>
            {candidates.map((c) => (
              <option key={c.col} value={String(c.col)}>{`${colToLetters(c.col)} · ${c.name}`}</option>
            ))}
          </Select>
        </Field>
        {mapping.typeColumn && <Sure confidence={mapping.typeColumn.confidence} reason={mapping.typeColumn.reason} strings={strings} testId="mapping-type" />}
      </div>

      {fixedParts(mapping, strings).map(([id, label, value, sure]) => (
        <div key={id} className={`${styles.part} ${lowClass(sure.confidence) ?? ''}`} data-testid={`mapping-${id}`}>
          <span>{label}:</span>
          <strong>{value}</strong>
          <Sure confidence={sure.confidence} reason={sure.reason} strings={strings} testId={`mapping-${id}`} />
        </div>
      ))}

      {mapping.measureColumn && edit.measureCol !== undefined && (
        <div className={`${styles.part} ${lowClass(mapping.measureColumn.confidence) ?? ''}`} data-testid="mapping-measure">
          <ColumnInput
            label={strings.mappingMeasureColumn}
            value={edit.measureCol}
            required
            header={sameCol(edit.measureCol, mapping.measureColumn.col) ? mapping.measureColumn.name : null}
            disabled={busy}
            strings={strings}
            testId="mapping-measure-col"
            onChange={(v) => setEdit({ ...edit, measureCol: v })}
          />
          <Sure confidence={mapping.measureColumn.confidence} reason={mapping.measureColumn.reason} strings={strings} testId="mapping-measure" />
        </div>
      )}

      {mapping.long &&
        (
          [
            ['date', strings.mappingDateColumn, mapping.long.dateColumn, edit.dateCol, (v: string) => setEdit({ ...edit, dateCol: v })],
            ['amount', strings.mappingAmountColumn, mapping.long.amountColumn, edit.amountCol, (v: string) => setEdit({ ...edit, amountCol: v })],
          ] as const
        ).map(([id, label, c, value, onChange]) => (
          <div key={id} className={`${styles.part} ${lowClass(c.confidence) ?? ''}`} data-testid={`mapping-${id}`}>
            <ColumnInput
              label={`${label} (${mapping.long?.sheet ?? ''})`}
              value={value ?? ''}
              required
              header={sameCol(value ?? '', c.col) ? c.name : null}
              disabled={busy}
              strings={strings}
              testId={`mapping-${id}-col`}
              onChange={onChange}
            />
            <Sure confidence={c.confidence} reason={c.reason} strings={strings} testId={`mapping-${id}`} />
          </div>
        ))}

      {mapping.periods.length > 0 && (
        <div>
          <span>{strings.mappingPeriods}</span>
          <ul className={styles.list} data-testid="mapping-periods">
            {mapping.periods.map((p, i) => {
              const typed = edit.periodCols?.[i] ?? { budget: letter(p.budgetCol), actual: letter(p.actualCol) };
              const setCols = (next: { budget: string; actual: string }) =>
                setEdit({ ...edit, periodCols: mapping.periods.map((q, j) => (j === i ? next : (edit.periodCols?.[j] ?? { budget: letter(q.budgetCol), actual: letter(q.actualCol) }))) });
              return (
                <li key={p.key} className={`${styles.part} ${lowClass(p.confidence) ?? ''}`} data-testid="mapping-period">
                  <span>{p.label}</span>
                  <span data-testid="mapping-period-cols">{strings.mappingPeriodCols(shown(p.budgetCol), shown(p.actualCol))}</span>
                  <ColumnInput
                    label={strings.mappingBudgetCol}
                    value={typed.budget}
                    required
                    header={sameCol(typed.budget, p.budgetCol) ? p.budgetHeader : null}
                    disabled={busy}
                    strings={strings}
                    testId={`mapping-period-${p.key}-budget`}
                    onChange={(v) => setCols({ ...typed, budget: v })}
                  />
                  <ColumnInput
                    label={strings.mappingActualCol}
                    value={typed.actual}
                    required={false}
                    header={sameCol(typed.actual, p.actualCol) ? p.actualHeader : null}
                    disabled={busy}
                    strings={strings}
                    testId={`mapping-period-${p.key}-actual`}
                    onChange={(v) => setCols({ ...typed, actual: v })}
                  />
                  <Sure confidence={p.confidence} reason={p.reason} strings={strings} testId={`mapping-period-${p.key}`} />
                </li>
              );
            })}
          </ul>
          <p className={styles.muted}>{strings.mappingPeriodsHint}</p>
        </div>
      )}

      <p data-testid="mapping-counts">{strings.mappingCounts(lines, revenue, cost)}</p>

      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !edited} onClick={() => void apply()}>
          {strings.mappingApply}
        </Button>
        {save && (
          <Button disabled={busy || !edited} onClick={() => void doSave()}>
            {strings.mappingSave}
          </Button>
        )}
        {status === 'applying' && <Spinner size="tiny" label={strings.mappingApplying} />}
        {status === 'saving' && <Spinner size="tiny" label={strings.mappingSaving} />}
      </div>

      {error !== null && <ErrorBar error={error} strings={strings} locale={locale} onDismiss={() => setError(null)} />}
      {applied && status === 'idle' && (
        <p className={styles.muted} data-testid="mapping-applied">
          {strings.mappingApplied}
        </p>
      )}
      {saved && (
        <MessageBar intent={saved.saved ? 'success' : 'warning'} layout="multiline" data-testid="mapping-saved">
          <MessageBarBody>{saved.saved ? strings.mappingSaved : strings.mappingNotSaved}</MessageBarBody>
        </MessageBar>
      )}
      {saved && !saved.saved && <ProblemList problems={saved.problems} locale={locale} strings={strings} onSelect={props.onSelect} />}
    </div>
  );
}
