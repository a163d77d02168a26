/**
 * The pane's state machine: read, build, select. Async results that arrive after a newer
 * action started (or after unmount) are dropped, and every failure becomes an error shown in
 * the pane instead of an unhandled rejection.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis, BuildResult } from '../app/types';
import type { VarianceSettings } from '../core/variance/types';
import type { WorkbookHost } from '../host/workbook-host';
import { EMPTY_SETTINGS, parseSettings, type SettingsInput } from './pane-model';
import type { Strings } from './strings';
import type { PaneUseCases } from './use-cases';

export type PaneStatus = 'idle' | 'reading' | 'building';

export interface PaneState {
  status: PaneStatus;
  analysis: Analysis | null;
  build: BuildResult | null;
  /** The default settings found by the last read (shown as placeholders). */
  defaults: VarianceSettings | null;
  settings: SettingsInput;
  /** The last failure, kept raw so it is re-worded when the language changes. */
  error: unknown;
  hasError: boolean;
}

export interface PaneActions {
  read(): Promise<void>;
  build(): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  setSettings(s: SettingsInput): void;
  dismissError(): void;
}

export function usePane(host: WorkbookHost, useCases: PaneUseCases, strings: Strings): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>({
    status: 'idle',
    analysis: null,
    build: null,
    defaults: null,
    settings: EMPTY_SETTINGS,
    error: null,
    hasError: false,
  });
  const generation = useRef(0);
  const mounted = useRef(true);
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const fail = useCallback((e: unknown) => {
    if (mounted.current) setState((s) => ({ ...s, status: 'idle', error: e, hasError: true }));
  }, []);

  const read = useCallback(async () => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, status: 'reading', error: null, hasError: false }));
    try {
      // Read with the defaults, so the pane can show them; typed settings apply to the build.
      const analysis = await useCases.analyzeWorkbook(host, {});
      if (!mounted.current || gen !== generation.current) return;
      setState((s) => ({ ...s, status: 'idle', analysis, defaults: analysis.variance?.settings ?? null, build: null }));
    } catch (e) {
      if (gen === generation.current) fail(e);
    }
  }, [host, useCases, fail]);

  const build = useCallback(async () => {
    const current = latest.current;
    if (!current.analysis) return;
    const { options, errors } = parseSettings(current.settings, strings);
    if (errors.flagAbs || errors.flagPct) return;
    const gen = ++generation.current;
    setState((s) => ({ ...s, status: 'building', error: null, hasError: false }));
    try {
      const result = await useCases.buildVariance(host, { sheet: current.analysis.sheet, ...options });
      if (!mounted.current || gen !== generation.current) return;
      setState((s) => ({ ...s, status: 'idle', build: result, analysis: result.analysis }));
    } catch (e) {
      if (gen === generation.current) fail(e);
    }
  }, [host, useCases, strings, fail]);

  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await host.select(sheet, address);
      } catch (e) {
        fail(e);
      }
    },
    [host, fail],
  );

  const setSettings = useCallback((settings: SettingsInput) => setState((s) => ({ ...s, settings })), []);
  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null, hasError: false })), []);

  return [state, { read, build, select, setSettings, dismissError }];
}
