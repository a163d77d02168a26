/**
 * The Forecast step's state: runs the job through the forecast client (Web Worker, or in-thread
 * fallback), tracks progress, and turns the results into rows. A newer run or unmount drops
 * older results; failures become an error shown in the step.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LineForecast } from '../core/forecast';
import type { ForecastClient } from './forecast/forecast-client';
import { CancelledError } from './forecast/run-chunks';
import { forecastRows, type ForecastRow, type ForecastSetup } from './forecast/forecast-setup';

export interface ForecastState {
  status: 'idle' | 'running' | 'done';
  done: number;
  total: number;
  rows: ForecastRow[];
  setup: ForecastSetup | null;
  /**
   * The engine's fits, in model order, of setup.inputs (the forecast sheet's own inputs): what
   * buildForecastPlan takes as `forecasts`, so writing the sheet need not fit again.
   */
  results: LineForecast[];
  error: unknown;
}

const IDLE: ForecastState = { status: 'idle', done: 0, total: 0, rows: [], setup: null, results: [], error: null };

export function useForecast(client: ForecastClient): [ForecastState, (setup: ForecastSetup) => Promise<void>] {
  const [state, setState] = useState<ForecastState>(IDLE);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving (e.g. a new read) stops fitting lines nobody will see.
      client.cancel();
    };
  }, [client]);

  const run = useCallback(
    async (setup: ForecastSetup) => {
      const total = setup.job.lines.length;
      setState({ ...IDLE, status: 'running', total, setup });
      try {
        const results = await client.run(setup.job, (done, t) => {
          if (mounted.current) setState((s) => (s.setup === setup ? { ...s, done, total: t } : s));
        });
        if (!mounted.current) return;
        const rows = forecastRows(setup, results);
        setState((s) => (s.setup === setup ? { ...s, status: 'done', done: total, rows, results } : s));
      } catch (e) {
        if (e instanceof CancelledError || !mounted.current) return;
        setState((s) => (s.setup === setup ? { ...s, status: 'idle', error: e } : s));
      }
    },
    [client],
  );
  return [state, run];
}
