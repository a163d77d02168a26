/** The steps (read, build, forecast) and their results, wired to the pane state. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Divider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { LineForecast } from '../../core/forecast';
import type { ForecastSetup } from '../forecast/forecast-setup';
import type { Analysis } from '../../app/types';
import type { Mapping } from '../../core/model';
import type { WorkbookHost } from '../../host/workbook-host';
import { browserWorkerFactory, createForecastClient, type ForecastClient } from '../forecast/forecast-client';
import { offTargetRows, parseSettings, summarizeAnalysis } from '../pane-model';
import type { Locale, Strings } from '../strings';
import type { PaneUseCases } from '../use-cases';
import { usePane } from '../use-pane';
import { MappingPanel } from '../mapping/MappingPanel';
import { ErrorBar } from './ErrorBar';
import { FoundPanel } from './FoundPanel';
import { ForecastStep } from './ForecastStep';
import { OffTargetList } from './OffTargetList';
import { ProblemList } from './ProblemList';
import { SettingsForm } from './SettingsForm';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export function Pane(props: {
  host: WorkbookHost;
  useCases: PaneUseCases;
  locale: Locale;
  strings: Strings;
  /** Runs forecasts; default: the Web Worker (dist/forecast-worker.js), in-thread where there is none. */
  forecastClient?: ForecastClient;
}) {
  const { host, useCases, locale, strings } = props;
  const styles = useStyles();
  // A reading the user corrected and applied: builds use it until the next "Read budget".
  const correctedMapping = useRef<Mapping | null>(null);
  const paneUseCases = useMemo<PaneUseCases>(
    () => ({
      ...useCases,
      buildVariance: (h, o) => useCases.buildVariance(h, correctedMapping.current ? { ...o, mapping: correctedMapping.current } : o),
    }),
    [useCases],
  );
  const [state, act] = usePane(host, paneUseCases, strings);
  // The analysis read with the corrected mapping, shown until the next read or build.
  const [applied, setApplied] = useState<Analysis | null>(null);
  useEffect(() => setApplied(null), [state.build]);
  const given = props.forecastClient;
  const client = useMemo(() => given ?? createForecastClient(browserWorkerFactory()), [given]);
  useEffect(() => () => (given ? undefined : client.dispose()), [client, given]);
  // Each read starts the forecast step afresh (its results belong to the budget read before).
  const [readNo, setReadNo] = useState(0);
  const busy = state.status !== 'idle';
  const shown = applied ?? state.analysis;
  const found = shown ? summarizeAnalysis(shown) : null;
  const settingsValid = Object.keys(parseSettings(state.settings, strings).errors).length === 0;
  const build = state.build;
  const offTarget = build ? offTargetRows(build) : [];
  const builtLines = build?.analysis.variance?.lines.length ?? 0;
  const model = state.analysis?.detect.model ?? null;
  const analysedSheet = state.analysis?.sheet;
  const buildForecast = useCases.buildForecast;
  // The sheet is written with the settings the fits were made with (the report's), and the fits.
  const writeForecast =
    buildForecast && analysedSheet
      ? async (fits: LineForecast[], setup: ForecastSetup) => {
          const { asOf, flagPct, flagAbs, fyStartMonth } = setup.report.settings;
          const fitted = { inputs: setup.inputs, forecasts: fits };
          const r = await buildForecast(host, { sheet: analysedSheet, ...(asOf ? { asOf } : {}), flagPct, flagAbs, ...(fyStartMonth ? { fyStartMonth } : {}), fitted });
          return { sheet: r.forecastSheet, lines: r.forecast.lines.length, offTrack: r.forecast.lines.filter((l) => l.summary.offTrack).length };
        }
      : undefined;

  return (
    <div className={styles.pane}>
      {state.hasError && <ErrorBar error={state.error} strings={strings} locale={locale} onDismiss={act.dismissError} />}

      <section className={styles.step}>
        <h2 className={styles.heading}>{strings.readHeading}</h2>
        <div className={styles.actions}>
          <Button
            appearance={found ? 'secondary' : 'primary'}
            disabled={busy}
            onClick={() => {
              setReadNo((n) => n + 1);
              setApplied(null);
              correctedMapping.current = null;
              void act.read();
            }}
          >
            {strings.readButton}
          </Button>
          {state.status === 'reading' && <Spinner size="tiny" label={strings.reading} />}
        </div>
        {found && (
          <>
            {!found.readable && (
              <MessageBar intent="warning">
                <MessageBarBody>{strings.noBudget}</MessageBarBody>
              </MessageBar>
            )}
            <FoundPanel found={found} strings={strings} />
            <ProblemList
              problems={found.problems}
              locale={locale}
              strings={strings}
              onSelect={(sheet, cell) => void act.select(sheet, cell)}
            />
            {state.status !== 'reading' && state.analysis?.detect.model?.mapping && (
              // Keyed by the read: each read starts the panel afresh from what it found.
              <MappingPanel
                key={readNo}
                host={host}
                useCases={useCases}
                analysis={state.analysis}
                onApplied={(a) => {
                  correctedMapping.current = a.detect.model?.mapping ?? null;
                  setApplied(a);
                }}
                disabled={busy}
                locale={locale}
                strings={strings}
                onSelect={(sheet, cell) => void act.select(sheet, cell)}
              />
            )}
          </>
        )}
      </section>

      <Divider />

      <section className={styles.step}>
        <h2 className={styles.heading}>{strings.settingsHeading}</h2>
        <SettingsForm
          value={state.settings}
          periodKeys={found?.periodKeys ?? []}
          detectedAsOf={found?.asOf ?? null}
          defaultPct={state.defaults?.flagPct ?? null}
          defaultAbs={state.defaults?.flagAbs ?? null}
          locale={locale}
          strings={strings}
          disabled={busy}
          onChange={act.setSettings}
        />
      </section>

      <Divider />

      <section className={styles.step}>
        <h2 className={styles.heading}>{strings.buildHeading}</h2>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy || !found?.readable || !settingsValid}
            onClick={() => void act.build()}
          >
            {strings.buildButton}
          </Button>
          {state.status === 'building' && <Spinner size="tiny" label={strings.building} />}
        </div>
        {!found && <p className={styles.muted}>{strings.readFirst}</p>}
        {build && (
          <>
            <MessageBar intent="success" layout="multiline" data-testid="build-summary">
              <MessageBarBody>
                {strings.buildDone(build.varianceSheet, builtLines, offTarget.length)}{' '}
                {strings.buildDetail(build.apply.cellsWritten, build.apply.syncs)}
              </MessageBarBody>
            </MessageBar>
            <OffTargetList
              rows={offTarget}
              locale={locale}
              strings={strings}
              onSelect={(r) => void act.select(build.varianceSheet, r.address)}
            />
          </>
        )}
      </section>

      <Divider />

      <section className={styles.step} data-testid="forecast-step">
        <h2 className={styles.heading}>{strings.forecastHeading}</h2>
        <ForecastStep
          key={readNo}
          model={model}
          report={state.analysis?.variance ?? null}
          client={client}
          onWrite={writeForecast}
          locale={locale}
          strings={strings}
          disabled={busy}
        />
      </section>
    </div>
  );
}
