/** Property test: random lines never make the engine throw or return NaN, Infinity or absurd values. */
import fc from 'fast-check';
import { forecastLine } from '../../../src/core/forecast';
import { evaluateForecast } from '../../../src/core/forecast/evaluate';

const value = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc.constant(0),
  fc.integer({ min: -2000, max: 2000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.double({ min: 0, max: 1e-6, noNaN: true }),
);

describe('forecastLine on random lines', () => {
  it('is finite, ordered (lower <= forecast <= upper), reproducible by evaluate, and bounded by the history scale', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 60 }), fc.integer({ min: 1, max: 24 }), (history, horizon) => {
        const r = forecastLine(history, { horizon });
        expect(r.forecast).toHaveLength(horizon);
        const scale = history.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
        r.forecast.forEach((f, i) => {
          expect(Number.isFinite(f)).toBe(true);
          expect(Number.isFinite(r.lower[i])).toBe(true);
          expect(Number.isFinite(r.upper[i])).toBe(true);
          expect(r.lower[i]).toBeLessThanOrEqual(f);
          expect(r.upper[i]).toBeGreaterThanOrEqual(f);
          // a sales forecast more than 10x the largest month ever seen would be absurd
          expect(Math.abs(f)).toBeLessThanOrEqual(10 * scale + 1e-9);
          if (history.every((v) => v >= 0)) expect(f).toBeGreaterThanOrEqual(0);
        });
        expect(evaluateForecast(history, r.params, horizon).forecast).toEqual(r.forecast);
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });
});
