/** Optional overrides: as-of period, flag % and materiality. Empty means the default. */
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { parseSettings, type SettingsInput } from '../pane-model';
import { formatAmount, type Locale, type Strings } from '../strings';

/** 12.5 -> "12.5"; no grouping so it can be typed back. */
function formatNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export function SettingsForm(props: {
  value: SettingsInput;
  periodKeys: string[];
  detectedAsOf: string | null;
  /** Defaults from the last read: flag % as a fraction, materiality in the sheet's unit. */
  defaultPct: number | null;
  defaultAbs: number | null;
  locale: Locale;
  strings: Strings;
  disabled: boolean;
  onChange: (s: SettingsInput) => void;
}) {
  const { value, strings } = props;
  const styles = useStyles();
  const { errors } = parseSettings(value, strings);
  const set = (patch: Partial<SettingsInput>) => props.onChange({ ...value, ...patch });
  return (
    <div className={styles.form}>
      <Field label={strings.asOfLabel} hint={strings.asOfHint}>
        <Select value={value.asOf} disabled={props.disabled} onChange={(_, d) => set({ asOf: d.value })} data-testid="asof">
          <option value="">
            {props.detectedAsOf ? `${props.detectedAsOf} (${strings.defaultValue})` : strings.defaultValue}
          </option>
          {props.periodKeys.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={strings.flagPctLabel}
        hint={strings.flagPctHint}
        validationState={errors.flagPct ? 'error' : 'none'}
        validationMessage={errors.flagPct}
      >
        <Input
          value={value.flagPct}
          placeholder={props.defaultPct === null ? '10' : formatNumber(props.defaultPct * 100)}
          contentAfter="%"
          inputMode="decimal"
          disabled={props.disabled}
          onChange={(_, d) => set({ flagPct: d.value })}
          data-testid="flag-pct"
        />
      </Field>
      <Field
        label={strings.flagAbsLabel}
        hint={strings.flagAbsHint}
        validationState={errors.flagAbs ? 'error' : 'none'}
        validationMessage={errors.flagAbs}
      >
        <Input
          value={value.flagAbs}
          placeholder={props.defaultAbs === null ? strings.defaultValue : formatAmount(props.defaultAbs, props.locale)}
          inputMode="decimal"
          disabled={props.disabled}
          onChange={(_, d) => set({ flagAbs: d.value })}
          data-testid="flag-abs"
        />
      </Field>
    </div>
  );
}
