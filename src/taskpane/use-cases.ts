/**
 * The only things the pane may do to a workbook: the app's use cases and host.select.
 * They are passed in (index.tsx wires the real ones), so tests drive the pane with fakes.
 */
import type { AnalyzeOptions, Analysis, BuildResult } from '../app/types';
import type { WorkbookHost } from '../host/workbook-host';

export interface PaneUseCases {
  analyzeWorkbook(host: WorkbookHost, options: AnalyzeOptions): Promise<Analysis>;
  buildVariance(host: WorkbookHost, options: AnalyzeOptions): Promise<BuildResult>;
}
