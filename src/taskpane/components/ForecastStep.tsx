/** Step 3: run the forecast (off the UI thread), show progress, then the per-line results. */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { LineForecast } from '../../core/forecast';
import type { BudgetModel } from '../../core/model';
import type { VarianceReport } from '../../core/variance/types';
import type { ForecastClient } from '../forecast/forecast-client';
import { forecastSetup, type ForecastSetup } from '../forecast/forecast-setup';
import { errorText } from '../pane-model';
import type { Locale, Strings } from '../strings';
import { useForecast } from '../use-forecast';
import { ForecastList } from './ForecastList';

const useStyles = makeStyles({
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export function ForecastStep(props: {
  model: BudgetModel | null;
  /** The variance of the last read or build: its as-of, fiscal year and flag thresholds apply. */
  report: VarianceReport | null;
  client: ForecastClient;
  locale: Locale;
  strings: Strings;
  disabled: boolean;
  /** Writes the forecast sheet with the worker's fits; absent when the pane has no such use case. */
  onWrite?: (fits: LineForecast[], setup: ForecastSetup) => Promise<{ sheet: string; lines: number; offTrack: number }>;
}) {
  const { model, report, locale, strings: s } = props;
  const styles = useStyles();
  const [state, run] = useForecast(props.client);
  const setup = forecastSetup(model, report);
  const ready = typeof setup !== 'string';
  const running = state.status === 'running';
  const fraction = state.total > 0 ? state.done / state.total : 0;
  const [write, setWrite] = useState<{ status: 'idle' | 'writing'; done: { sheet: string; lines: number; offTrack: number } | null; error: unknown }>({
    status: 'idle',
    done: null,
    error: null,
  });
  const onWrite = props.onWrite;
  const writeSheet = async () => {
    if (!onWrite || !state.setup) return;
    setWrite({ status: 'writing', done: null, error: null });
    try {
      const done = await onWrite(state.results, state.setup);
      setWrite({ status: 'idle', done, error: null });
    } catch (e) {
      setWrite({ status: 'idle', done: null, error: e });
    }
  };

  return (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.disabled || running || !ready} onClick={() => ready && void run(setup)}>
          {s.forecastButton}
        </Button>
      </div>
      {model && (setup === 'noAsOf' || setup === 'noLines') && <p className={styles.muted}>{s.forecastNoActuals}</p>}
      {state.status !== 'idle' && (
        <div className={styles.progress}>
          <ProgressBar value={fraction} thickness="large" aria-label={s.forecastFitting} data-testid="forecast-progressbar" />
          <span className={styles.muted} data-testid="forecast-progress" aria-live="polite">
            {running ? `${s.forecastFitting} ` : ''}
            {s.forecastProgress(state.done, state.total)}
          </span>
        </div>
      )}
      {state.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{errorText(state.error, s, locale)}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'done' && state.setup && (
        <>
          <MessageBar intent="success" layout="multiline" data-testid="forecast-summary">
            <MessageBarBody>
              {s.forecastDone(state.rows.length, state.setup.asOf, state.setup.remaining)}
            </MessageBarBody>
          </MessageBar>
          {onWrite && (
            <div className={styles.actions}>
              <Button appearance="secondary" disabled={props.disabled || write.status === 'writing'} onClick={() => void writeSheet()}>
                {s.writeForecastButton}
              </Button>
              {write.status === 'writing' && <Spinner size="tiny" label={s.writingForecast} />}
            </div>
          )}
          {write.done && (
            <MessageBar intent="success" layout="multiline" data-testid="forecast-written">
              <MessageBarBody>{s.forecastWritten(write.done.sheet, write.done.lines, write.done.offTrack)}</MessageBarBody>
            </MessageBar>
          )}
          {write.error !== null && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{errorText(write.error, s, locale)}</MessageBarBody>
            </MessageBar>
          )}
          <ForecastList rows={state.rows} locale={locale} strings={s} />
        </>
      )}
    </>
  );
}
