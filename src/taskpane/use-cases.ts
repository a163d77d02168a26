/**
 * The only things the pane may do to a workbook: the app's use cases and host.select.
 * They are passed in (index.tsx wires the real ones), so tests drive the pane with fakes.
 */
import type { ForecastBuildResult, ForecastOptions } from '../app/forecast';
import type { AnalyzeOptions, Analysis, BuildResult } from '../app/types';
import type { LineForecast } from '../core/forecast';
import type { WorkbookHost } from '../host/workbook-host';

export interface PaneForecastOptions extends ForecastOptions {
  /**
   * The pane's fits from the Web Worker, in model order, made on forecastInputs of the same
   * read and settings. A use case that accepts them can skip fitting again on the UI thread;
   * today's buildForecast ignores them and fits itself.
   */
  fits?: LineForecast[];
}

export interface PaneUseCases {
  analyzeWorkbook(host: WorkbookHost, options: AnalyzeOptions): Promise<Analysis>;
  buildVariance(host: WorkbookHost, options: AnalyzeOptions): Promise<BuildResult>;
  /** Writes the variance and forecast sheets; without it the pane only shows the forecast. */
  buildForecast?(host: WorkbookHost, options: PaneForecastOptions): Promise<ForecastBuildResult>;
}
