import { backtestText, methodText, orderRows } from '../../../src/taskpane/forecast/forecast-view';
import type { ForecastRow } from '../../../src/taskpane/forecast/forecast-setup';
import { STRINGS } from '../../../src/taskpane/strings';

const en = STRINGS['en-US'];
const zh = STRINGS['zh-CN'];

it('names the method, the parts of a combination and where the season came from', () => {
  expect(methodText({ method: 'combination', components: ['ses', 'holtDamped', 'theta'], seasonal: 'history' }, en)).toBe('Combination (SES + Holt + Theta), seasonal');
  expect(methodText({ method: 'croston', components: ['croston'], seasonal: 'none' }, en)).toBe('Croston (intermittent)');
  expect(methodText({ method: 'ses', components: ['ses'], seasonal: 'profile' }, zh)).toBe('指数平滑，按预算分布');
});

it('writes the backtest scores with a dash when missing', () => {
  expect(backtestText({ mape: 8.44, mase: 0.617 }, 'en-US', en)).toBe('MAPE 8.4% · MASE 0.62');
  expect(backtestText({ mape: null, mase: null }, 'en-US', en)).toBe('MAPE — · MASE —');
});

it('puts lines off track first, the largest gap first, then the rest in sheet order', () => {
  const row = (label: string, gap: number, offTrack: boolean) => ({ label, gap, offTrack }) as unknown as ForecastRow;
  const rows = [row('a', 10, false), row('b', -5, true), row('c', -50, true), row('d', 0, false)];
  expect(orderRows(rows).map((r) => r.label)).toEqual(['c', 'b', 'a', 'd']);
});
