/**
 * The benchmark's scoring code reproduces the figures published in ../shared/data/README.md.
 * Skipped (with a message) when the data folder is absent: the data is never bundled.
 */
import * as fs from 'fs';
import * as path from 'path';
import { defaultDataDir, formatForecasts, loadEntrants, loadSeries, parseForecasts, parseSeries } from '../../bench/m3/load';
import { mase, maseScale, scoreForecasts, smape } from '../../bench/m3/score';

const dataDir = defaultDataDir(path.resolve(__dirname, '..', '..'));
const haveData = fs.existsSync(path.join(dataDir, 'm3-monthly.csv')) && fs.existsSync(path.join(dataDir, 'm3-monthly-original-forecasts.csv'));
if (!haveData) console.warn(`tests/bench/m3-score: SKIPPED published-figure checks, M3 data not found in ${dataDir}`);

describe('scoring functions (hand-computed)', () => {
  it('sMAPE of actual 100 vs forecast 50 is 200*50/150, and 0/0 counts as 0', () => {
    expect(smape([100], [50])).toBeCloseTo(200 / 3, 12);
    expect(smape([100, 0], [50, 0])).toBeCloseTo(100 / 3, 12);
  });
  it('MASE divides the mean absolute error by the lag-12 in-sample MAE', () => {
    const train = Array.from({ length: 24 }, (_, t) => t); // every |y_t - y_{t-12}| = 12
    expect(maseScale(train)).toBe(12);
    expect(mase([30, 40], [24, 40], train)).toBeCloseTo(3 / 12, 12);
  });
  it('parses the two file formats and writes the entrants format back', () => {
    const s = parseSeries('id,category,n,h,start,train,test\nN1,MICRO,3,2,NA,1;2;3,4;5\n');
    expect(s).toEqual([{ id: 'N1', category: 'MICRO', horizon: 2, train: [1, 2, 3], test: [4, 5] }]);
    const text = formatForecasts('X', [{ id: 'N1', forecast: [4.5, 6] }]);
    expect(text).toBe('method,id,f1,f2\nX,N1,4.5,6\n');
    expect(parseForecasts(text).get('X')?.get('N1')).toEqual([4.5, 6]);
  });
});

(haveData ? describe : describe.skip)('published M3 monthly figures (README)', () => {
  const published: [string, number, number][] = [
    ['NAIVE2', 16.895, 1.037],
    ['THETA', 13.897, 0.858],
    ['ForecastPro', 13.902, 0.848],
    ['COMB S-H-D', 14.471, 0.896],
  ];
  it.each(published)('%s scores sMAPE %d and MASE %d', (method, s, m) => {
    const series = loadSeries(dataDir);
    expect(series).toHaveLength(1428);
    const entrants = loadEntrants(dataDir);
    const table = scoreForecasts(series, entrants.get(method)!);
    const all = table.get('ALL')!;
    expect(all.count).toBe(1428);
    expect(Math.abs(all.smape - s)).toBeLessThan(0.0005);
    expect(Math.abs(all.mase - m)).toBeLessThan(0.0005);
    expect(table.get('MICRO')!.count).toBe(474);
  });
});
