/**
 * The only things the pane may do to a workbook: the app's use cases and host.select.
 * They are passed in (index.tsx wires the real ones), so tests drive the pane with fakes.
 */
import type { ForecastBuildResult, ForecastOptions } from '../app/forecast';
import type { SaveMappingResult } from '../app/mapping';
import type { Mapping } from '../core/model';
import type { AnalyzeOptions, Analysis, BuildResult } from '../app/types';
import type { WorkbookHost } from '../host/workbook-host';

/**
 * The pane passes its Web Worker's fits as `fitted` (with the inputs they were made on), so
 * buildForecast does not fit again on the UI thread; lines whose inputs changed are refitted.
 */
export type PaneForecastOptions = ForecastOptions;

export interface PaneUseCases {
  analyzeWorkbook(host: WorkbookHost, options: AnalyzeOptions): Promise<Analysis>;
  buildVariance(host: WorkbookHost, options: AnalyzeOptions): Promise<BuildResult>;
  /** Writes the variance and forecast sheets; without it the pane only shows the forecast. */
  buildForecast?(host: WorkbookHost, options: PaneForecastOptions): Promise<ForecastBuildResult>;
  /** Keeps a corrected reading in the workbook; without it the pane offers no "Save this reading". */
  saveMapping?(host: WorkbookHost, mapping: Mapping): Promise<SaveMappingResult>;
}
