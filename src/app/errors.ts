/** Errors the use cases throw to their callers (task pane, CLI). */
import type { Analysis } from './types';

/** buildVariance was asked to build from a workbook where no budget could be read. */
export class NoBudgetError extends Error {
  constructor(readonly analysis: Analysis) {
    super(analysis.detect.problems[0]?.message ?? 'No budget could be read.');
    this.name = 'NoBudgetError';
  }
}
