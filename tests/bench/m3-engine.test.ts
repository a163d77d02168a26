/**
 * Accuracy guard: the engine, fit on train only, beats THETA and ForecastPro on M3 monthly
 * overall and on MICRO, scored by the same code as the entrants. Skipped without the data.
 */
import * as fs from 'fs';
import * as path from 'path';
import { forecastLine } from '../../src/core/forecast';
import { defaultDataDir, loadEntrants, loadSeries } from '../../bench/m3/load';
import { scoreForecasts } from '../../bench/m3/score';

const dataDir = defaultDataDir(path.resolve(__dirname, '..', '..'));
const haveData = fs.existsSync(path.join(dataDir, 'm3-monthly.csv')) && fs.existsSync(path.join(dataDir, 'm3-monthly-original-forecasts.csv'));
if (!haveData) console.warn(`tests/bench/m3-engine: SKIPPED, M3 data not found in ${dataDir}`);

(haveData ? describe : describe.skip)('engine on M3 monthly', () => {
  it('has lower sMAPE than THETA and ForecastPro overall and on MICRO', () => {
    const series = loadSeries(dataDir);
    const ours = new Map<string, number[]>();
    for (const s of series) {
      const r = forecastLine(s.train, { horizon: s.horizon });
      expect(r.forecast.every((v) => Number.isFinite(v))).toBe(true);
      ours.set(s.id, r.forecast);
    }
    const entrants = loadEntrants(dataDir);
    const mine = scoreForecasts(series, ours);
    for (const rival of ['THETA', 'ForecastPro']) {
      const theirs = scoreForecasts(series, entrants.get(rival)!);
      expect(mine.get('ALL')!.smape).toBeLessThan(theirs.get('ALL')!.smape);
      expect(mine.get('MICRO')!.smape).toBeLessThan(theirs.get('MICRO')!.smape);
    }
  }, 60000);
});
