/** Forced-method forecasts for the forecast-sheet tests: params chosen by hand, numbers from the engine's evaluate. */
import { evaluateForecast } from '../../../src/core/forecast';
import type { CoreParams, LineForecast, MethodId, SeasonalParams } from '../../../src/core/forecast';

export const NO_SEASON: SeasonalParams = { kind: 'none', period: 1, indices: [], source: 'none' };

export function forced(
  history: number[],
  components: CoreParams[],
  horizon: number,
  opts: { seasonal?: SeasonalParams; floor?: number | null; bandWidth?: number[]; method?: MethodId } = {},
): LineForecast {
  const params = {
    seasonal: opts.seasonal ?? NO_SEASON,
    components,
    floor: opts.floor === undefined ? 0 : opts.floor,
    bandWidth: opts.bandWidth ?? Array.from({ length: horizon }, (_, i) => 10 * (i + 1)),
  };
  return {
    method: opts.method ?? (components.length === 1 ? components[0].method : 'combination'),
    params,
    ...evaluateForecast(history, params, horizon),
    backtest: { mape: 12.5, mase: 0.8, points: 6 },
  };
}

/** Twelve multiplicative indices (mean 1) with a clear season. */
export const SEASON12: SeasonalParams = {
  kind: 'multiplicative',
  period: 12,
  indices: [0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.2, 1.1, 1.0, 0.9],
  source: 'history',
};
