import { forecastLine, forecastLines } from '../../../src/core/forecast';

describe('forecastLines', () => {
  it('gives each line the same result as forecastLine and reports progress', () => {
    const lines = Array.from({ length: 7 }, (_, i) => ({ history: Array.from({ length: 30 }, (_, t) => 100 + i * 10 + ((t * 7 + i) % 5)) }));
    const calls: [number, number][] = [];
    const out = forecastLines(lines, { horizon: 6 }, (d, t) => calls.push([d, t]), 3);
    expect(out).toHaveLength(7);
    out.forEach((r, i) => expect(r.forecast).toEqual(forecastLine(lines[i].history, { horizon: 6 }).forecast));
    expect(calls).toEqual([[3, 7], [6, 7], [7, 7]]);
  });
  it('passes each line its own profile', () => {
    const profile = [1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3];
    const [withP, without] = forecastLines([{ history: [50, 50, 50, 50], seasonalProfile: profile }, { history: [50, 50, 50, 50] }], { horizon: 3 });
    expect(withP.params.seasonal.source).toBe('profile');
    expect(without.params.seasonal.source).toBe('none');
  });
});
