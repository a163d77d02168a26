import { niceFloor } from '../../../src/core/variance/materiality';

describe('niceFloor', () => {
  it.each([
    [1200, 1000],
    [2500, 2000],
    [7777, 5000],
    [1000, 1000],
    [5, 5],
    [0.1, 0.1],
    [0.034, 0.02],
    [19.99, 10],
    [0, 0],
    [-5, 0],
    [Number.NaN, 0],
  ])('%p -> %p', (x, nice) => {
    expect(niceFloor(x)).toBe(nice);
  });
});
